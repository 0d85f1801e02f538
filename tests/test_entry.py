"""The entry point owns the garbage collector's settings while the reader runs
(``reader/tui/entry.py``): full collections wait for an idle reader, and everything is put
back when the app ends, so that readers run one after another do not all stay alive."""

from __future__ import annotations

import gc
import weakref

from tui_helpers import make_app

from reader.tui.entry import IDLE_GC_NEVER, DeferredCollections


class Cycle:
    def __init__(self) -> None:
        self.me = self


async def test_full_collections_wait_for_an_idle_reader(monkeypatch):
    before = gc.get_threshold()
    collected: list[tuple] = []
    monkeypatch.setattr(gc, "collect", lambda *a: collected.append(a) or 0)
    with DeferredCollections() as collections:
        app = make_app(collections=collections)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert gc.get_threshold()[2] == IDLE_GC_NEVER  # no automatic full pass
            await pilot.press("j")
            assert not collections.collect_if_idle()  # the reader just moved
            collections._last_move -= 5
            assert collections.collect_if_idle()  # idle after a move: one collection
            assert not collections.collect_if_idle()  # nothing moved since: none
            assert len(collected) == 1
    assert gc.get_threshold() == before


def test_frozen_objects_are_collectable_after_the_reader_ends():
    frozen_before = gc.get_freeze_count()
    garbage = Cycle()
    ref = weakref.ref(garbage)
    with DeferredCollections():
        assert gc.get_freeze_count() > frozen_before
        del garbage
        gc.collect()
        assert ref() is not None  # frozen: the collector never looks at it
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert ref() is None


async def test_readers_run_one_after_another_do_not_all_stay_alive():
    refs = []
    for _ in range(4):
        with DeferredCollections() as collections:
            app = make_app(collections=collections)
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.press("]", "j")
                await app.workers.wait_for_complete()  # a thread still running holds its app
            refs.append(weakref.ref(app))
            del app, pilot
    gc.collect()
    alive = [r for r in refs if r() is not None]
    # Frozen and never unfrozen, all four would stay. Two may stay for reasons of their own:
    # the last is still named by Textual's context variable of the active app, and the first
    # by the event loop's worker thread (its captured output refers to the app that made it).
    assert len(alive) <= 2, f"{len(alive)} of 4 readers still alive"
