"""The `ui` marker: tests that drive the Dagster UI in a real browser (`make test-ui`)."""


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "ui: drives the Dagster UI in headless Chromium (make test-ui)")
