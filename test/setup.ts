// Every test file answers as the product does: the second language detector (CLD3) is loaded first, as the CLI
// and the server await it at start-up.
import { whenDetectorReady } from "../src/index.js";

await whenDetectorReady();
