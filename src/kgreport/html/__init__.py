"""graph.html: the page (render), its layout and its templates."""
