/** A plausible wrong answer an exercise's tests must reject: file name → code replacing the solution's. */
export interface WrongAnswer {
  name: string;
  files: Record<string, string>;
}
