/** One figure a benchmark measured. `goal` states the target it is compared with, if any. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  goal?: string;
}
