export { SideNav } from './components/SideNav';
export {
  SECTIONS,
  canSee,
  landingPathFor,
  sectionById,
  sectionOfPath,
  sectionsFor,
  MARKETPLACE_PAGES,
  marketplacePagesFor,
  type SubPage,
  type Section,
  type SectionId,
} from './sections';
