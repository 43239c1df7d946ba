"""docs/tutorial.md is a notebook that runs: executed here with a real kernel, so that it
never goes stale (its outputs are not committed)."""
import pytest

from .conftest import ROOT

TUTORIAL = ROOT / "docs" / "tutorial.md"


def test_the_tutorial_runs(tmp_path):
    jupytext = pytest.importorskip("jupytext")
    nbclient = pytest.importorskip("nbclient")
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "corpus").symlink_to(ROOT / "examples" / "corpus")
    notebook = jupytext.read(TUTORIAL)
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = {n: cell.outputs for n, cell in enumerate(notebook.cells) if cell.cell_type == "code"}
    text = "\n".join(str(o) for cells in outputs.values() for o in cells)
    assert "Открытый Приозёрск" in text or "МВД" in text  # the claimants of the detained dispute
    assert "svodka-doc" in text  # the highlighted document
