/** Marks mocha's report lines in the workbench log, so the runner can tell them apart. */
export const MOCHA_MARK = '[postfix-e2e] ';
