export { default } from "../../(root-site)/admin/layout";
