// A V8 CPU profile walked the one way every profiling script here reads it: each node's parent, and the code a
// sample counts for (a built-in such as a RegExp or JSON call has no URL: its time is its caller's).
export type ProfileNode = { id: number; hitCount: number; children?: number[]; callFrame: { url: string; functionName: string; lineNumber: number } };
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; startTime: number; endTime: number };

export type ProfileTree = {
  /** The node that called this one. */
  parent: Map<number, ProfileNode>;
  /** The nearest node at or above this one that has a URL (the node itself when none has). */
  owner(node: ProfileNode): ProfileNode;
  /** Whether a node is the profiler's own bookkeeping, not work: idle, program, root. */
  idle(node: ProfileNode): boolean;
};

export function profileTree(profile: Pick<CpuProfile, "nodes">): ProfileTree {
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  return {
    parent,
    owner(node) {
      let at: ProfileNode | undefined = node;
      while (at && !at.callFrame.url && parent.has(at.id)) at = parent.get(at.id);
      return at && at.callFrame.url ? at : node;
    },
    idle: (node) => ["(idle)", "(program)", "(root)"].includes(node.callFrame.functionName),
  };
}
