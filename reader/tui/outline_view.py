"""The outline pane: a ``Tree`` built once and filled lazily.

Top-level nodes and those up to the open depth are added at start; the children of a
collapsed node are added the first time it is expanded (never ``expand_all`` on a big
tree). Labels are Rich ``Text`` (document text is never read as markup), carry a kind
marker and a figure count, and a search-hit count while a search is active.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.widgets import Tree
from textual.widgets._tree import TreeNode

from ..document.model import KIND_MARKS
from .bindings import OUTLINE_BINDINGS
from .model import ReaderModel

_STYLES = {"preface": "dim", "speaker": "bold red", "heading": "bold cyan", "point": "bold yellow",
           "item": "bold green", "paragraphs": "dim"}
MARKERS = {kind: (mark, _STYLES[kind]) for kind, mark in KIND_MARKS.items()}


MAX_OPEN_LINES = 1500


class OutlineTree(Tree[int]):
    BINDINGS = OUTLINE_BINDINGS
    on_cursor: Callable[[int], None] | None = None  # follows a cursor the user moves, same frame

    def __init__(self, model: ReaderModel, **kwargs) -> None:
        super().__init__(Text(""), **kwargs)
        self.model = model
        self.show_root = False
        self.guide_depth = 2
        self.auto_expand = False
        self.loaded: dict[int, TreeNode[int]] = {}
        self._filled: set[int] = set()
        self.hits: dict[int, int] = {}
        self.marked: set[int] = set()
        self.open_depth = 2

    # -- building --------------------------------------------------------------------
    def label_for(self, k: int) -> Text:
        node = self.model.nodes[k]
        marker, style = MARKERS.get(node.kind, ("·", ""))
        text = Text.assemble((marker + " ", style), self.model.label(node))
        if node.figures:
            text.append(f" {node.figures}", "dim")
        if k in self.marked:
            text.append(" ✎", "bold magenta")
        hits = self.hits.get(k)
        if hits:
            text.append(f" ⌕{hits}", "bold reverse")
        return text

    def populate(self, depth: int = 2) -> None:
        """Fill the tree open to ``depth`` levels (one level when two would be too many
        lines to build at once: a tree line costs ~60 µs to add and lay out)."""
        if depth >= 2:
            second = sum(len(n.children) for n in self.model.analysis.nodes)
            if len(self.model.analysis.nodes) + second > MAX_OPEN_LINES:
                depth = 1
        self.clear()
        self.loaded.clear()
        self._filled.clear()
        self.open_depth = depth
        self._fill(self.root, -1, depth)
        self.root.expand()

    def _children_of(self, k: int) -> list[int]:
        nodes = self.model.analysis.nodes if k < 0 else self.model.nodes[k].children
        return [self.model.index[id(c)] for c in nodes]

    def _fill(self, tree_node: TreeNode[int], k: int, depth: int) -> None:
        """Add the children of node ``k`` (once); open them down to ``depth`` levels."""
        if k in self._filled:
            children = [c.data for c in tree_node.children]
        else:
            self._filled.add(k)
            children = self._children_of(k)
            for c in children:
                self.loaded[c] = tree_node.add(
                    self.label_for(c), data=c, allow_expand=bool(self.model.nodes[c].children)
                )
        for c in children:
            if depth > 1 and self.model.nodes[c].children:
                self._fill(self.loaded[c], c, depth - 1)
                self.loaded[c].expand()
            elif self.loaded[c].is_expanded:
                self.loaded[c].collapse()

    def watch_cursor_line(self, previous_line: int, line: int) -> None:
        """Tell the reader about a cursor the user moved now, not in a later message: the
        outline and the text then change in one frame."""
        super().watch_cursor_line(previous_line, line)
        node = self.cursor_node
        if self.on_cursor and previous_line != line and self.has_focus and node is not None \
                and node.data is not None:
            self.on_cursor(node.data)

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[int]) -> None:
        node = event.node
        if node.data is not None and node.data not in self._filled:
            self._fill(node, node.data, 1)

    def show_depth(self, depth: int) -> None:
        cursor = self.cursor_node.data if self.cursor_node else None
        self.open_depth = depth
        self._fill(self.root, -1, depth)
        if cursor is not None:
            self.mark(cursor)

    def reveal(self, k: int) -> TreeNode[int] | None:
        """The tree node of ``k``, loading (not expanding) its ancestors' children."""
        for j in self.model.ancestors(k)[:-1]:
            if j not in self._filled:
                self._fill(self.loaded[j], j, 1) if j in self.loaded else None
        return self.loaded.get(k)

    def visible_node(self, k: int) -> TreeNode[int] | None:
        """The node of ``k`` or its nearest ancestor that is shown (not under a collapsed one)."""
        best = None
        for j in self.model.ancestors(k):
            tn = self.loaded.get(j)
            if tn is None:
                break
            best = tn
            if not tn.is_expanded:
                break
        return best

    def mark(self, k: int) -> None:
        """Put the cursor on the node being read (or its visible ancestor)."""
        tn = self.visible_node(k)
        if tn is not None and self.cursor_node is not tn:
            if tn._line < 0:  # the tree has not laid out its lines yet
                self.call_after_refresh(self.mark, k)
                return
            self.move_cursor(tn, animate=False)

    def relabel(self) -> None:
        """New labels for every loaded node (script, marks, search hits) in one refresh:
        ``TreeNode.set_label`` schedules a callback per node, too slow for a big tree."""
        for k, tn in self.loaded.items():
            tn._label = self.label_for(k)  # textual is pinned; this is set_label's own body
            tn._updates += 1
        self._clear_line_cache()
        self.refresh()

    # -- keys ------------------------------------------------------------------------
    def action_collapse_or_parent(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.is_expanded and node.children:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)

    def action_expand(self) -> None:
        node = self.cursor_node
        if node is None or not node.allow_expand:
            return
        if not node.is_expanded:
            node.expand()
        elif node.children:
            self.move_cursor(node.children[0])

    def action_first(self) -> None:
        if self.last_line >= 0:
            self.move_cursor_to_line(0)

    def action_last(self) -> None:
        if self.last_line >= 0:
            self.move_cursor_to_line(self.last_line)

    def action_open(self) -> None:
        node = self.cursor_node
        if node is not None:
            self.post_message(Tree.NodeSelected(node))
