export { default } from "../_components/loading-note";
