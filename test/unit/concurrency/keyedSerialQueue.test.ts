import { KeyedSerialQueue } from '../../../src/concurrency/keyedSerialQueue';

describe('one turn at a time per conversation', () => {
  it('runs tasks of one key in arrival order, never overlapping, and other keys alongside', async () => {
    const queue = new KeyedSerialQueue();
    const log: string[] = [];
    let running = 0;
    let overlapped = false;
    const task = (key: string, n: number, ms: number) =>
      queue.run(key, async () => {
        running++;
        if (key === 'a' && running > 1 && log.filter((l) => l.startsWith('a')).length % 2 === 1) overlapped = true;
        log.push(`${key}${n}`);
        await new Promise((r) => setTimeout(r, ms));
        running--;
        return n;
      });
    const results = await Promise.all([task('a', 1, 30), task('a', 2, 1), task('b', 1, 5), task('a', 3, 1)]);
    expect(results).toEqual([1, 2, 1, 3]);
    expect(log.filter((l) => l.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    expect(log.indexOf('b1')).toBeLessThan(log.indexOf('a2'));
    expect(overlapped).toBe(false);
    expect(queue.size).toBe(0);
  });

  it('goes on with the next task after one fails', async () => {
    const queue = new KeyedSerialQueue();
    const failed = queue.run('k', async () => {
      throw new Error('boom');
    });
    const next = queue.run('k', async () => 'after');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('after');
  });
});
