export { SideNav } from './components/SideNav';
export {
  SECTIONS,
  canSee,
  landingPathFor,
  sectionById,
  sectionOfPath,
  sectionsFor,
  type Section,
  type SectionId,
} from './sections';
