import type { RoleId } from './types.js';

/** Where one person sits in the organisation; `department` is '' for people without one. */
export interface Placement {
  department: string;
  roleId: RoleId;
}

/**
 * A set of at least `minGroupSize` people of one role whose figures are only ever released
 * together. One role means one target: members differ only in their ratings.
 */
export interface ReleaseBlock {
  people: number;
  roleId: RoleId;
  /** The department all members share ('' for none), or null when they come from several. */
  department: string | null;
}

export interface ReleasePartition {
  blocks: ReleaseBlock[];
  /** The block of each row; −1 for rows that take no part or are withheld. */
  blockOf: Int32Array;
}

/**
 * Splits the people into blocks of at least `minGroupSize` people of the same role, from the
 * data alone (never from a query): per role, each department with at least `minGroupSize` of
 * its people is a block, and the role's people of the other departments form one more block, or
 * are withheld when they are too few for it. `include(row)` says which rows take part.
 */
export function releasePartition(placements: readonly Placement[], include: (row: number) => boolean, minGroupSize: number): ReleasePartition {
  const byRole = new Map<RoleId, Map<string, number[]>>();
  placements.forEach((placement, row) => {
    if (!include(row)) return;
    let departments = byRole.get(placement.roleId);
    if (!departments) byRole.set(placement.roleId, (departments = new Map()));
    const rows = departments.get(placement.department);
    if (rows) rows.push(row);
    else departments.set(placement.department, [row]);
  });

  const members: number[][] = [];
  for (const departments of byRole.values()) {
    const rest: number[] = [];
    for (const rows of departments.values()) {
      if (rows.length >= minGroupSize) members.push(rows);
      else rest.push(...rows);
    }
    if (rest.length >= minGroupSize) members.push(rest);
  }

  const blockOf = new Int32Array(placements.length).fill(-1);
  const blocks = members.map((rows, block): ReleaseBlock => {
    for (const row of rows) blockOf[row] = block;
    const department = placements[rows[0]].department;
    return {
      people: rows.length,
      roleId: placements[rows[0]].roleId,
      department: rows.every((row) => placements[row].department === department) ? department : null,
    };
  });
  return { blocks, blockOf };
}
