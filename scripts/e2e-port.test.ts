import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseE2ePort, isPortFree } from './e2e-port.mjs';

// Another program holding a port, as a learner's own site would.
let taken: number;
let holder: Server;
beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  taken = (holder.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

describe('the port the browser tests use', () => {
  it('is E2E_PORT when that port is free', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const free = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    expect(await chooseE2ePort(String(free))).toEqual({ port: free, note: null });
  });

  it('stops with a message naming a taken E2E_PORT and how to choose another', async () => {
    await expect(chooseE2ePort(String(taken))).rejects.toThrow(new RegExp(`Port ${taken} \\(set by E2E_PORT\\) is taken[\\s\\S]*E2E_PORT=\\d+ npm test`));
  });

  it('moves to a free port, and says so, when the default is taken', async () => {
    const { port, note } = await chooseE2ePort(undefined, taken);
    expect(port).toBeGreaterThan(taken);
    expect(await isPortFree(port)).toBe(true);
    expect(note).toContain(`Port ${taken} is taken`);
  });

  it('rejects an E2E_PORT that is not a port', async () => {
    await expect(chooseE2ePort('80a')).rejects.toThrow(/E2E_PORT must be a port number/);
  });
});
