.PHONY: check demo
check:  ## exactly what CI runs
	bash scripts/test.sh
demo:
	bash scripts/demo.sh
