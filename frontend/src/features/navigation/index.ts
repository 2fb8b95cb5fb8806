export { SideNav } from './components/SideNav';
export {
  SECTIONS,
  canSee,
  landingPathFor,
  sectionById,
  sectionsFor,
  type Section,
  type SectionId,
} from './sections';
