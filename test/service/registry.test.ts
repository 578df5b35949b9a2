import { describe, expect, it } from 'vitest';
import { exportKinds, files, methods, printKinds } from '../../core/index.js';
import { reposOver, unitOfWork } from '../../db/index.js';
import { auditSink, snapshot } from '../../service/audit.js';
import type { HandlerContext } from '../../service/context.js';
import { fileKinds } from '../../service/exporter.js';
import { internalOnlyMethods, registry } from '../../service/handlers/index.js';
import { roles } from '../../service/registry.js';
import { ok, sampleCase, tempService } from '../helpers/tempService.js';

// The method registry: every contract method declared once, beside its
// handler, with its traits. What the service, the desktop shell and (later)
// the office server read from it must be there for every method.

describe('the method registry', () => {
  it('has every contract method and nothing else', () => {
    expect(Object.keys(registry).sort()).toEqual([...methods].sort());
  });

  it('says for every method who may call it (the office server’s roles) and which pages of the desktop app', () => {
    for (const m of methods) {
      const e = registry[m];
      expect(e.roles.length, m).toBeGreaterThan(0);
      expect(
        e.roles.every((r) => roles.includes(r)),
        m,
      ).toBe(true);
      // Administrators may do everything; the main page may call everything.
      expect(e.roles, m).toContain('administrator');
      expect(e.pages, m).toContain('main');
    }
    expect(methods.filter((m) => registry[m].pages.includes('print')).sort()).toEqual([
      'briefing.prepared',
      'protocol.get',
    ]);
  });

  it('audits every write, or says why not; a read audits nothing', () => {
    for (const m of methods) {
      const { writes, audit } = registry[m];
      if (!writes) expect(audit.kind === 'none' || audit.kind === 'host', m).toBe(true);
      else if (audit.kind === 'none') expect(audit.why.length, m).toBeGreaterThan(10);
    }
    expect(methods.filter((m) => registry[m].writes && registry[m].audit.kind === 'none')).toEqual(['demo.seed']);
    // Imports are audited like every other write: declared here, recorded through the same trail.
    expect(registry['import.commit'].audit).toMatchObject({ kind: 'itself', entities: ['case', 'supplier'] });
    expect(registry['bundle.import'].audit).toMatchObject({ kind: 'itself' });
    expect(registry['backup.setFolder'].audit).toMatchObject({ kind: 'host', when: 'around' });
    expect(registry['backup.restore'].audit).toMatchObject({ kind: 'host', when: 'after' });
  });

  it('names the host methods, those that work while the register is refused, and the internal-only ones', () => {
    expect(methods.filter((m) => registry[m].host).sort()).toEqual([
      'backup.list',
      'backup.now',
      'backup.restore',
      'backup.setFolder',
      'system.status',
    ]);
    expect(methods.filter((m) => registry[m].whileRefused).sort()).toEqual([
      'backup.list',
      'backup.restore',
      'system.status',
    ]);
    expect([...internalOnlyMethods].sort()).toEqual(['audit.forRecord', 'dialogues.search']);
    // Text under the duty of confidentiality as the office sees it is not for the departments.
    for (const m of internalOnlyMethods) expect(registry[m].roles).not.toContain('avdeling');
  });

  it('has every kind of file in the contract with its maker and roles, and a print job for each report', () => {
    expect(Object.keys(fileKinds).sort()).toEqual([...exportKinds].sort());
    for (const k of exportKinds) {
      expect(fileKinds[k].roles.length, k).toBeGreaterThan(0);
      expect(Boolean((fileKinds[k] as { print?: unknown }).print), k).toBe(files[k].print);
    }
    expect([...printKinds].sort()).toEqual(['briefing', 'protocol']);
  });
});

describe('the audit trail’s reads', () => {
  // The handlers' context, as the service builds it.
  function contextOf(s: ReturnType<typeof tempService>): HandlerContext {
    const base = {
      locale: 'nb' as const,
      today: '2026-11-25',
      actor: 'test',
      caller: null,
      may: () => true,
      repos: reposOver(s.database.db),
      tx: unitOfWork(s.database.sqlite),
    };
    return { ...base, audit: auditSink('cases.get', registry['cases.get'].audit, base) };
  }

  it('reads "not found" as no record, and fails on any other fault', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    const ctx = contextOf(s);
    expect(snapshot('case', c.id, ctx)).toMatchObject({ title: c.title });
    expect(snapshot('case', 999_999, ctx)).toBeNull();
    const broken = {
      ...ctx,
      repos: {
        ...ctx.repos,
        cases: {
          ...ctx.repos.cases,
          get: () => {
            throw new Error('disk I/O error');
          },
        },
      },
    } as unknown as HandlerContext;
    expect(() => snapshot('case', c.id, broken)).toThrow('disk I/O error');
  });

  it('lets only a method that declares it record entries of its own', () => {
    const s = tempService();
    const ctx = contextOf(s);
    expect(() => ctx.audit.record('case', 1, [])).toThrow(/does not declare/);
    const importing = auditSink('import.commit', registry['import.commit'].audit, ctx);
    expect(() => importing.record('contract', 1, [])).toThrow(/does not declare/);
  });
});
