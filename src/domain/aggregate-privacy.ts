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

/**
 * Whether change figures may stand for `movers` people whose rating in use moved since the previous
 * stock-taking: none, or at least `minGroupSize`. Figures over fewer would tell their changes to
 * anyone who knows who was rated again since then, or who was rated on the day `previousDate`
 * moved past. A first rating since then does not count as a move: it adds nothing to up, down or
 * the mean change, and its level shows in the level counts anyway; counted, first ratings could
 * fill up a group whose change figures are one person's.
 */
export function changeReleasable(movers: number, minGroupSize: number): boolean {
  return movers === 0 || movers >= minGroupSize;
}

/** Who moved (`GroupSums.moved`, `width` competencies per row) and where each row is counted. */
export interface MoverPlaces {
  moved: Uint8Array;
  width: number;
  /** The block of each row (`ReleasePartition.blockOf`), of `blocks` in all. */
  blockOf: Int32Array;
  blocks: number;
  /** The group of each row, −1 for none, of `groupCount` in all. */
  groupOfRow: Int32Array;
  groupCount: number;
}

/**
 * Per group and competency (`group * width + c`) the people of the group whose rating in use of
 * that competency moved (`moved`, from `sumGroups`), or −1 where its change figures are withheld:
 * when one of the group's blocks has movers in it, but too few (`changeReleasable`). Decided per
 * competency, as the change is given per competency, and per block, as every other figure is
 * summed over whole blocks: a rule on the group alone would let a query for a department, and for
 * one of its roles, leave one block's single mover as their difference.
 */
export function releasedMovers(where: MoverPlaces, minGroupSize: number): Int32Array {
  const { moved, width, blockOf, blocks, groupOfRow, groupCount } = where;
  const ofBlock = new Int32Array(blocks * width);
  const groupOfBlock = new Int32Array(blocks).fill(-1);
  for (let row = 0; row < groupOfRow.length; row++) {
    if (groupOfRow[row] < 0) continue;
    const block = blockOf[row];
    groupOfBlock[block] = groupOfRow[row];
    for (let c = 0; c < width; c++) ofBlock[block * width + c] += moved[row * width + c];
  }
  const movers = new Int32Array(groupCount * width);
  for (let block = 0; block < blocks; block++) {
    if (groupOfBlock[block] < 0) continue;
    for (let c = 0, at = groupOfBlock[block] * width; c < width; c++, at++) {
      const own = ofBlock[block * width + c];
      if (movers[at] >= 0) movers[at] = changeReleasable(own, minGroupSize) ? movers[at] + own : -1;
    }
  }
  return movers;
}
