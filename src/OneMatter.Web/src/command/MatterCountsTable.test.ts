import { describe, expect, it } from 'vitest';
import { countsByMatter } from './MatterCountsTable';

describe('countsByMatter', () => {
  it('puts running and ended counts of a matter on one row, busiest first', () => {
    const rows = countsByMatter([
      { definitionId: 'a', name: '甲', status: 'Ended', count: 4 },
      { definitionId: 'b', name: '乙', status: 'Running', count: 3 },
      { definitionId: 'a', name: '甲', status: 'Running', count: 1 },
    ]);
    expect(rows).toEqual([
      { definitionId: 'b', name: '乙', running: 3, ended: 0 },
      { definitionId: 'a', name: '甲', running: 1, ended: 4 },
    ]);
  });
});
