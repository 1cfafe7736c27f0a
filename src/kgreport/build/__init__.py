"""Running a build: stage order, process pool and cache, atomic outputs."""
