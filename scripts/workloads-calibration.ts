// Prints the fitted parameters and the calibration table docs/workloads.md carries.
// Run: npx tsx scripts/workloads-calibration.ts (after changing measurements.json or the model,
// update the constants in lib/workloads/engines.ts and fine-tune.ts, then paste the table).
import { fitCalibration } from "../lib/workloads/calibration/fit";
import { loadCalibration } from "../lib/workloads/calibration/load";
import { CURRENT_PARAMETERS } from "../lib/workloads/calibration/predict";
import { calibrationMarkdown, reportRows } from "../lib/workloads/calibration/report";

const { data, lookup } = loadCalibration();
console.log(JSON.stringify(fitCalibration(data.measurements, lookup, CURRENT_PARAMETERS), null, 2));
console.log();
console.log(calibrationMarkdown(reportRows(data.measurements, lookup)));
