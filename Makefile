# The two commands a newcomer needs: `make run` and `make test`.
.PHONY: run test playground lint bench lock

run:            ## set up on first use and start the bot on 127.0.0.1:3978
	scripts/run.sh

test:           ## install what the tests need and run the whole suite
	scripts/test.sh

playground:     ## open the Microsoft 365 Agents Playground against the running bot
	scripts/playground.sh

lock:           ## re-resolve requirements.lock (pinned, hashed) after changing pyproject.toml
	scripts/lock.sh

lint:           ## ruff check, ruff format --check and the type check (make test runs them too)
	.venv/bin/ruff check bot cards dialogs manifest tests bench scripts
	.venv/bin/ruff format --check bot cards dialogs manifest tests bench scripts
	.venv/bin/python scripts/typecheck.py
