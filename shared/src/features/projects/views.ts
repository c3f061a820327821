import ProjectsPage from './ProjectsPage.astro';

export const views = { projectList: ProjectsPage };
