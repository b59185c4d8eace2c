/**
 * Dependency cycles among the systems of one plan (or the rows of one import file), by id.
 */

/**
 * A dependency cycle among the systems, as the ids along it with the first repeated at the end
 * (`['a', 'b', 'a']`; a system depending on itself gives `['a', 'a']`), or null when there is none.
 * Dependencies on ids not in the list are ignored. Iterative depth-first search: safe for long chains.
 */
export function findDependencyCycle(systems: readonly { id: string; dependsOn: readonly string[] }[]): string[] | null {
  const edges = new Map(systems.map((s) => [s.id, s.dependsOn]));
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = done
  for (const root of systems) {
    if (state.has(root.id)) continue;
    const path: string[] = [root.id];
    const cursor: number[] = [0];
    state.set(root.id, 1);
    while (path.length) {
      const node = path[path.length - 1]!;
      const next = (edges.get(node) ?? []).filter((d) => edges.has(d));
      const i = cursor[cursor.length - 1]!;
      if (i >= next.length) {
        state.set(node, 2);
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[cursor.length - 1] = i + 1;
      const dep = next[i]!;
      const seen = state.get(dep);
      if (seen === 1) return [...path.slice(path.indexOf(dep)), dep];
      if (seen === undefined) {
        state.set(dep, 1);
        path.push(dep);
        cursor.push(0);
      }
    }
  }
  return null;
}
