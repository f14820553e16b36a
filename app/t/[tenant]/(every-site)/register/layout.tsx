export { default } from "../../(customs-sites)/register/layout";
