/** Facts about one main.cf parameter, generated from `../shared/postfix/parameters.tsv`. */
export interface ParameterFact {
  name: string;
  /** Default as documented (may be a `$name` expression or a description of a computed default). */
  default: string;
  /** boolean, time, integer, size, enum, enum-list, maps, map, restrictions, list, path, string, ... */
  type: string;
  /** Allowed words of an enumeration (`(empty)` stands for the empty value). */
  allowed?: string[];
  /** Free-text description of the allowed values where there is no enumeration. */
  allowedText?: string;
  /** Default unit of a time value. */
  unit?: string;
  tls: boolean;
  /** current, read-only, service-defined, deprecated, renamed, ignored, obsolete, removed. */
  status: string;
  /** First release with the parameter; absent means before 2.0. */
  since?: string;
  obsoleteSince?: string;
  replacedBy?: string;
  /** First release whose postconf no longer knows the name. */
  removedIn?: string;
  /** Patch releases of older lines that also gained the parameter. */
  backportedTo?: string[];
  /** Not `$`-expanded by main.cf processing (the program expands it later). */
  raw?: true;
  min?: number;
  max?: number;
  /** Built-in default by first release with that default: `[version, default]`. */
  history?: [string, string][];
}

/** A per-service parameter template `<service><suffix>` (service-parameters.tsv). */
export interface ServiceParameterFact {
  suffix: string;
  default: string;
  type: string;
  allowed?: string[];
  allowedText?: string;
  unit?: string;
  /** master.cf command basenames for which postconf creates the name. */
  commands: string[];
}
