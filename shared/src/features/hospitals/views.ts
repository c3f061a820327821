import HospitalList from './HospitalList.astro';
import HospitalPage from './HospitalPage.astro';
import HospitalSectionHub from './HospitalSectionHub.astro';
import HospitalSectionPage from './HospitalSectionPage.astro';

/** The view of each hospital route kind, found by the kit (`features/*\/views.ts`). */
export const views = {
  hospitalList: HospitalList,
  hospital: HospitalPage,
  hospitalSectionHub: HospitalSectionHub,
  hospitalSection: HospitalSectionPage,
};
