/** Our documentation covers every parameter the facts know, in the shape hover relies on. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allParameters, parameterDoc, parameterFact, serviceTemplateDoc, serviceTemplates } from '../../server/src/data/parameters';

describe('parameter documentation', () => {
  test('every known parameter has a description of one or two sentences', () => {
    const missing = allParameters().filter((p) => !parameterDoc(p.name)?.summary?.trim()).map((p) => p.name);
    assert.deepEqual(missing, []);
    const long = allParameters().filter((p) => (parameterDoc(p.name)!.summary.match(/[.!?](\s|$)/g) ?? []).length > 3).map((p) => p.name);
    assert.deepEqual(long, [], 'summaries longer than a few sentences');
  });

  test('every TLS parameter has a recommendation', () => {
    const tls = allParameters().filter((p) => p.tls);
    assert.ok(tls.length > 250, `${tls.length} TLS parameters`);
    assert.deepEqual(tls.filter((p) => !parameterDoc(p.name)?.recommendation?.trim()).map((p) => p.name), []);
  });

  test('every word of an enumeration is explained, and nothing else is', () => {
    const problems: string[] = [];
    for (const p of allParameters()) {
      const values = parameterDoc(p.name)?.values;
      if (p.allowed) {
        for (const word of p.allowed) if (!values?.[word]) problems.push(`${p.name}: no text for ${word}`);
        for (const key of Object.keys(values ?? {})) if (!p.allowed.includes(key)) problems.push(`${p.name}: ${key} is not an allowed value`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('related names are parameters we know', () => {
    const unknown = allParameters().flatMap((p) =>
      (parameterDoc(p.name)!.related ?? []).filter((r) => !parameterFact(r)).map((r) => `${p.name} -> ${r}`),
    );
    assert.deepEqual(unknown, []);
  });

  test('every per-service template is documented once', () => {
    const templates = serviceTemplates();
    assert.equal(templates.length, 17);
    assert.deepEqual(templates.filter((t) => !serviceTemplateDoc(t.suffix)?.summary).map((t) => t.suffix), []);
  });
});
