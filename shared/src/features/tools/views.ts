import ToolsPage from './ToolsPage.astro';

export const views = { toolList: ToolsPage };
