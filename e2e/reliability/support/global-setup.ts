import { ensureBuild } from "./app-server";

export default function setup(): void {
  ensureBuild();
}
