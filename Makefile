# pam_ns: build, test and install.  GNU make.
#
#   make            build pam_ns.so and pam_ns_helper into $(BUILD)/
#   make check      every test suite (unit, CLI, PAM-level natively and under valgrind,
#                   store, again under ASan + UBSan, fuzz smoke, end-to-end and booted
#                   systemd when root)
#   make check-asan the unit, CLI, store, PAM-level and session suites (tests/sessions/:
#                   cycles of each kind of session, 64 first logins at once, logins
#                   racing delete/create) on a build with ASan + UBSan in $(BUILD)/asan
#                   (make SANITIZE=1 BUILD=... builds one); any report fails it
#   make check-memory  valgrind: the PAM-level tests, and MEMORY_CYCLES (1000) session
#                   cycles of each kind: no error, no leak, no fd left open
#   make deps       install the Debian packages the build and the tests need
#   make demo       the main job on the embedded default policy, in a throwaway sandbox
#   make install    DESTDIR=, PREFIX= (module into the system's PAM module directory)
#   make uninstall  refused while a PAM file loads the module or sets are pinned (FORCE=1)
#   make deb        the Debian package (debian/) into $(BUILD)/deb/, checked by lintian
#   make fuzz       run the fuzzers (tests/fuzz/fuzz_*.c; clang, libFuzzer + ASan) for
#                   FUZZ_SECONDS each, or only FUZZ_TARGET (e.g. FUZZ_TARGET=load)
#   make bench      benchmarks (measurements, never pass/fail)

BUILD   ?= build
PREFIX  ?= /usr/local
SBINDIR ?= $(PREFIX)/sbin
MANDIR  ?= $(PREFIX)/share/man
SYSCONFDIR ?= /etc
PAM_LIBDIR := $(shell pkg-config --variable=libdir pam 2>/dev/null || echo /lib/x86_64-linux-gnu)
SECUREDIR ?= $(PAM_LIBDIR)/security
HELPER_PATH ?= $(SBINDIR)/pam_ns_helper
LIBEXECDIR ?= $(PREFIX)/libexec
INIT_PATH ?= $(LIBEXECDIR)/pam_ns/pam_ns-init
UNITDIR ?= $(shell pkg-config --variable=systemdsystemunitdir systemd 2>/dev/null || echo /lib/systemd/system)
TMPFILESDIR ?= /usr/lib/tmpfiles.d
# pam-auth-update reads its profiles from here only, whatever the PREFIX.
PAMCONFIGDIR ?= /usr/share/pam-configs
DOCDIR  ?= $(PREFIX)/share/doc/pam_ns

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra -Werror -Wshadow -Wformat=2 -Wmissing-prototypes \
           -Wstrict-prototypes -Wswitch-default -Wvla
BASE_CFLAGS := -std=c11 -D_GNU_SOURCE -D_FORTIFY_SOURCE=2 -fstack-protector-strong \
           -fPIC -Ipam_ns -I$(BUILD) $(WARN)
ALL_CFLAGS = $(BASE_CFLAGS) $(CFLAGS) $(EXTRA_CFLAGS)
# SANITIZE=1: everything but pam_ns-init (static, musl) with ASan and UBSan,
# any finding fatal; use a build directory of its own (make check-asan does).
ifeq ($(SANITIZE),1)
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
override CFLAGS += $(SAN_FLAGS)
override LDFLAGS += $(SAN_FLAGS)
# Every finding ends the program with a report and a failing status; the
# suppressions are third-party leaks only (documented there).
export ASAN_OPTIONS := halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:verify_asan_link_order=0
export UBSAN_OPTIONS := halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS := suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0
# Reports go to files as well as failing the program: a test that expects
# a failure with a message would not notice one that only adds a report.
SAN_REPORTS := $(abspath $(BUILD))/reports
export ASAN_OPTIONS := $(ASAN_OPTIONS):log_path=$(SAN_REPORTS)/report
export UBSAN_OPTIONS := $(UBSAN_OPTIONS):log_path=$(SAN_REPORTS)/report
# valgrind cannot run ASan builds: no test_pam_codes under valgrind here.
export PNS_VALGRIND_ONE :=
endif
LDHARDEN := -Wl,-z,relro,-z,now
LIBS    := -lpam -lconfig
# libnl-route-3: the helper's uplinks (store/uplink.c), linked into the
# helper and the tests only.  pam_ns.so never uses that part of the core
# (it does not make or remove sets), so the static library pulls none of it
# into the module, and the module does not depend on libnl.
NL_CFLAGS := $(shell pkg-config --cflags libnl-route-3.0 2>/dev/null || echo -I/usr/include/libnl3)
NL_LIBS   := $(shell pkg-config --libs libnl-route-3.0 2>/dev/null || echo -lnl-route-3 -lnl-3)

# The layers, each a folder: common/ needs nothing, policy/ and store/ build on
# it, session/ on all three; module/ and helper/ are the two front ends.  The
# core (every layer but the front ends) is built once, as a static library,
# and linked into the module, the helper and every test.  Object names are the
# source base names, so they are unique across the layers.
LAYERS    := common policy store session
CORE_SRC  := $(foreach l,$(LAYERS),$(wildcard pam_ns/$(l)/*.c))
CORE_OBJ  := $(addprefix $(BUILD)/core/,$(notdir $(CORE_SRC:.c=.o)))
HELPER_SRC := $(wildcard pam_ns/helper/*.c)
HELPER_OBJ := $(addprefix $(BUILD)/helper/,$(notdir $(HELPER_SRC:.c=.o)))
HEADERS   := $(wildcard pam_ns/*/*.h)
vpath %.c $(addprefix pam_ns/,$(LAYERS) helper)
CORE_LIB  := $(BUILD)/libpns.a
PATHS_H   := $(BUILD)/paths.h
MODULE    := $(BUILD)/pam_ns.so
HELPER    := $(BUILD)/pam_ns_helper
INIT      := $(BUILD)/pam_ns-init
# The init of every pid namespace pam_ns makes lives as long as the session
# or the set: linked statically against musl it costs ~24 kB of memory,
# against glibc ~700 kB.  Any C compiler serves when musl-gcc is missing.
INIT_CC   ?= $(shell command -v musl-gcc 2>/dev/null || echo $(CC))
# Flags of the init's own (the package passes dpkg-buildflags' here); the
# build id, which musl-gcc's specs drop where Debian's gcc adds one, names its
# debug symbols.
INIT_CFLAGS  ?=
INIT_LDFLAGS ?= -Wl,--build-id

UNIT_SRC  := $(wildcard tests/unit/test_*.c)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
PAM_SRC   := $(wildcard tests/pam/test_*.c)
PAM_BIN   := $(PAM_SRC:tests/pam/%.c=$(BUILD)/tests/%)
UNIT_SUPPORT_SRC := $(wildcard tests/unit/support/*.c)
PAM_SUPPORT_SRC  := $(wildcard tests/pam/support/*.c)

.PHONY: all check check-unit check-cli check-pam check-helper check-install check-e2e check-systemd check-fuzz \
        check-memory check-asan check-sessions deps demo \
        install uninstall clean fuzz bench bench-smoke always deb
all: $(MODULE) $(HELPER) $(INIT)

$(BUILD)/core/%.o: %.c $(HEADERS) | $(BUILD)/core
	$(CC) $(ALL_CFLAGS) $(NL_CFLAGS) -c -o $@ $<
$(BUILD)/helper/%.o: %.c $(HEADERS) $(PATHS_H) | $(BUILD)/helper
	$(CC) $(ALL_CFLAGS) -c -o $@ $<
$(BUILD)/pam_ns.o: pam_ns/module/pam_ns.c $(HEADERS) $(PATHS_H) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -fvisibility=hidden -c -o $@ $<

# The installed programs the module and the helper run (pam_ns_helper,
# pam_ns-init) are compiled in.  This header holds their paths and changes
# only when a path does, so `make install PREFIX=/usr` after a plain `make`
# rebuilds what runs them: the installed module always runs the installed
# helper, whatever order make is run in.
$(PATHS_H): always | $(BUILD)
	@printf '/* Made by the Makefile from PREFIX and friends. */\n#define PNS_HELPER_PATH "%s"\n#define PNS_INIT_PATH "%s"\n#define PNS_PAM_MODULE_DIR "%s"\n' \
	  '$(HELPER_PATH)' '$(INIT_PATH)' '$(SECUREDIR)' >$@.new
	@if cmp -s $@.new $@; then rm -f $@.new; else mv -f $@.new $@; fi
always:

# What a policy snapshot of this build is made of: the policy layer's
# sources and libconfig's version.  policy_snap.c puts it in every
# snapshot's layout word, so a module built from other policy code (a
# copied .so, two builds sharing /run/pam_ns-policy) parses the policy
# anew instead of reading rules another parser compiled.
POLICY_BUILD_H := $(BUILD)/policy_build.h
$(POLICY_BUILD_H): $(wildcard pam_ns/policy/*.c pam_ns/policy/*.h) | $(BUILD)
	@printf '/* Made by the Makefile: a hash of the policy sources and libconfig. */\n#define PNS_POLICY_BUILD 0x%sULL\n' \
	  "$$( (cat $^; pkg-config --modversion libconfig 2>/dev/null) | sha256sum | cut -c1-16)" >$@
$(BUILD)/core/policy_snap.o: $(POLICY_BUILD_H)

# The core is compiled with default visibility but linked into the module
# through a version script, so only the PAM entry points are exported.
$(CORE_LIB): $(CORE_OBJ)
	rm -f $@ && ar rcs $@ $^
$(MODULE): $(BUILD)/pam_ns.o $(CORE_LIB) pam_ns/module/pam_ns.map
	$(CC) -shared -o $@ $(BUILD)/pam_ns.o $(CORE_LIB) -Wl,--version-script=pam_ns/module/pam_ns.map \
	      -Wl,--no-undefined $(LDHARDEN) $(LDFLAGS) $(LIBS)
$(HELPER): $(HELPER_OBJ) $(CORE_LIB)
	$(CC) -pie -o $@ $(HELPER_OBJ) $(CORE_LIB) $(LDHARDEN) $(LDFLAGS) $(LIBS) $(NL_LIBS)

# It keeps the /etc/netns view with the core's own code for it
# (common/view.c, libc only).
$(INIT): pam_ns/init/pam_ns-init.c pam_ns/common/view.c pam_ns/common/view.h pam_ns/common/mountapi.h \
	  pam_ns/common/init_protocol.h | $(BUILD)
	$(INIT_CC) -static -std=c11 -O2 $(WARN) -Wno-missing-prototypes -fstack-protector-strong \
	      -D_GNU_SOURCE -Ipam_ns $(INIT_CFLAGS) -o $@ pam_ns/init/pam_ns-init.c pam_ns/common/view.c \
	      $(INIT_LDFLAGS)

$(BUILD) $(BUILD)/core $(BUILD)/helper $(BUILD)/tests:
	mkdir -p $@

# ---- tests -------------------------------------------------------------
$(BUILD)/tests/%: tests/unit/%.c $(CORE_LIB) $(UNIT_SUPPORT_SRC) $(wildcard tests/unit/support/*.h) | $(BUILD)/tests
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -Ipam_ns -Itests/unit/support -o $@ $< \
	      $(UNIT_SUPPORT_SRC) $(CORE_LIB) $(LDFLAGS) $(LIBS) $(NL_LIBS) -lcmocka
$(BUILD)/tests/%: tests/pam/%.c $(MODULE) $(PAM_SUPPORT_SRC) $(wildcard tests/pam/support/*.h) | $(BUILD)/tests
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -Ipam_ns -Itests/pam/support -o $@ $< \
	      $(PAM_SUPPORT_SRC) $(LDFLAGS) -lpamtest -lpam -lcmocka

check: check-unit check-cli check-pam check-memory check-helper check-asan check-install check-fuzz check-static \
       check-e2e check-systemd
	@echo "make check: all suites passed"

check-unit: $(UNIT_BIN) $(HELPER) $(INIT)
	@BUILD=$(BUILD) tests/run-unit $(UNIT_BIN)

check-pam: $(PAM_BIN) $(MODULE) $(HELPER) $(INIT)
	@BUILD=$(BUILD) tests/pam/run $(PAM_BIN)

# Under valgrind: the PAM-level tests, then MEMORY_CYCLES open/close cycles
# of each kind of session (tests/sessions/): no error, no leak, no fd left.
MEMORY_CYCLES ?= 1000
check-memory: $(PAM_BIN) $(MODULE) $(HELPER) $(INIT) $(BUILD)/sessions
	@BUILD=$(BUILD) PNS_VALGRIND=1 tests/pam/run $(PAM_BIN)
	@# pid cycles mostly wait (valgrind has no pidfd_open: the module polls
	@# for its init's exit), so they run beside the others; the two kinds
	@# that repeat what these cover get a tenth of the cycles.
	@BUILD=$(BUILD) PNS_VALGRIND=1 tests/sessions/run cycles $(MEMORY_CYCLES) pid & p=$$!; \
	BUILD=$(BUILD) PNS_VALGRIND=1 tests/sessions/run cycles $(MEMORY_CYCLES) join unshare fail && \
	BUILD=$(BUILD) PNS_VALGRIND=1 tests/sessions/run cycles $$(($(MEMORY_CYCLES) / 10 + 1)) nomatch hidden; \
	r=$$?; wait $$p && [ $$r = 0 ]

# SESSION_CYCLES of each kind of session, then the stress run (STRESS_CYCLES
# alternating join/unshare/failing, 64 first logins at once, logins racing
# delete and create), through the real libpam; make check-asan runs it on
# the sanitized build.
SESSION_CYCLES ?= 50
STRESS_CYCLES ?= 1000
check-sessions: $(BUILD)/sessions $(MODULE) $(HELPER) $(INIT)
	@BUILD=$(BUILD) tests/sessions/run cycles $(SESSION_CYCLES)
	@BUILD=$(BUILD) tests/sessions/run stress $(STRESS_CYCLES)
$(BUILD)/sessions: tests/sessions/sessions.c $(PATHS_H) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -Wl,--export-dynamic -o $@ $< $(LDFLAGS) -lpam

# The suites again on a build with ASan and UBSan, in $(BUILD)/asan: any
# report (also written to $(BUILD)/asan/reports/) fails the run.
# The build on every CPU (unless make -j already shares them out), then
# one suite at a time.
check-asan:
	@rm -rf $(BUILD)/asan/reports && mkdir -p $(BUILD)/asan/reports
	@$(MAKE) --no-print-directory BUILD=$(BUILD)/asan SANITIZE=1 \
	  $(if $(findstring jobserver,$(MAKEFLAGS)),,-j$(shell nproc)) all
	@rc=0; for s in check-unit check-cli check-helper check-pam check-sessions; do \
	  PNS_TEST_SCALE=0 $(MAKE) --no-print-directory BUILD=$(BUILD)/asan SANITIZE=1 $$s || rc=1; done; \
	if [ -n "$$(ls -A $(BUILD)/asan/reports)" ]; then \
	  cat $(BUILD)/asan/reports/*; echo "check-asan: sanitizer reports (above, in $(BUILD)/asan/reports/)"; \
	  exit 1; fi; \
	[ $$rc = 0 ] && echo "check-asan: all suites passed under ASan and UBSan, no report"

check-cli: $(MODULE) $(HELPER) $(INIT)
	@BUILD=$(BUILD) tests/cli/run

check-helper: $(HELPER) $(INIT)
	@BUILD=$(BUILD) tests/helper/run

# install and uninstall into a throwaway DESTDIR, from a build of its own
check-install:
	@BUILD=$(BUILD) tests/install/run

# Every fuzz target: its regression inputs, then 60 s of fuzzing
# (FUZZ_SMOKE_SECONDS), two targets at a time (FUZZ_JOBS).
check-fuzz: $(CORE_SRC)
	@BUILD=$(BUILD) tests/fuzz/run smoke

check-e2e: $(MODULE) $(HELPER) $(INIT)
	@BUILD=$(BUILD) tests/e2e/run

# cppcheck and clang-tidy, any finding fails: tests/static/run says which
# checks and why (.clang-tidy, tests/static/cppcheck.supp).
.PHONY: check-static
check-static: $(PATHS_H)
	@BUILD=$(BUILD) tests/static/run

# A booted systemd (systemd-nspawn on an overlay of /): ssh.service, logind,
# user@.service, with the build installed by make install (default PREFIX);
# then, in a second container, the package's lifecycle (dpkg -i, upgrade,
# -r, -P) with the .deb make deb builds.
check-systemd: $(MODULE) $(HELPER) $(INIT) deb
	@BUILD=$(BUILD) tests/systemd/run

fuzz:
	@BUILD=$(BUILD) tests/fuzz/run $(or $(FUZZ_SECONDS),60) $(FUZZ_TARGET)

# One driver (tests/bench/bench.c), as root, in a sandbox of its own: kernel
# floors, PAM stacks, the alternatives, scale (rules, groups, pinned sets) and
# memory, side by side.  ROUNDS, SCALE_ROUNDS, SETS, MEM_CYCLES: see the
# driver.  bench-smoke: two rounds of the main table, no scale (seconds).
bench: $(BUILD)/bench $(MODULE) $(HELPER) $(INIT)
	@$(BUILD)/bench $(MODULE) $(HELPER) $(INIT)
bench-smoke: $(BUILD)/bench $(MODULE) $(HELPER) $(INIT)
	@BENCH_SMOKE=1 $(BUILD)/bench $(MODULE) $(HELPER) $(INIT)
$(BUILD)/bench: tests/bench/bench.c pam_ns/common/mountapi.h | $(BUILD)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LDFLAGS) -lpam

deps:
	@tools/install-deps

demo: $(MODULE) $(HELPER) $(INIT)
	@BUILD=$(BUILD) tests/e2e/demo

install: all
	install -d $(DESTDIR)$(SECUREDIR) $(DESTDIR)$(SBINDIR) $(DESTDIR)$(MANDIR)/man5 \
	           $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(SYSCONFDIR)/security/pam_ns.d
	install -m 0644 $(MODULE) $(DESTDIR)$(SECUREDIR)/pam_ns.so
	@# The module of the build before may have left snapshots of the
	@# policy: this one reads the policy anew (its checks may differ).
	@[ -n "$(DESTDIR)" ] || rm -rf /run/pam_ns-policy
	install -m 0755 $(HELPER) $(DESTDIR)$(SBINDIR)/pam_ns_helper
	install -d $(DESTDIR)$(dir $(INIT_PATH))
	install -m 0755 $(INIT) $(DESTDIR)$(INIT_PATH)
	install -m 0644 docs/pam_ns.conf.5 $(DESTDIR)$(MANDIR)/man5/pam_ns.conf.5
	install -m 0644 docs/pam_ns.8 $(DESTDIR)$(MANDIR)/man8/pam_ns.8
	install -m 0644 docs/pam_ns_helper.8 $(DESTDIR)$(MANDIR)/man8/pam_ns_helper.8
	install -d $(DESTDIR)$(UNITDIR) $(DESTDIR)$(TMPFILESDIR) $(DESTDIR)$(PAMCONFIGDIR) \
	           $(DESTDIR)$(DOCDIR)/examples/pam.d
	sed 's|/usr/local/sbin/pam_ns_helper|$(HELPER_PATH)|' config/pam-ns.service \
	  >$(DESTDIR)$(UNITDIR)/pam-ns.service && chmod 0644 $(DESTDIR)$(UNITDIR)/pam-ns.service
	install -d '$(DESTDIR)$(UNITDIR)/user@.service.d'
	sed 's|/usr/local/sbin/pam_ns_helper|$(HELPER_PATH)|' 'config/user@.service.d/pam_ns.conf' \
	  >'$(DESTDIR)$(UNITDIR)/user@.service.d/pam_ns.conf' && \
	  chmod 0644 '$(DESTDIR)$(UNITDIR)/user@.service.d/pam_ns.conf'
	install -m 0644 config/tmpfiles.d/pam_ns.conf $(DESTDIR)$(TMPFILESDIR)/pam_ns.conf
	install -m 0644 config/pam-configs/pam_ns config/pam-configs/pam_ns-trial $(DESTDIR)$(PAMCONFIGDIR)/
	install -m 0644 config/examples/*.conf $(DESTDIR)$(DOCDIR)/examples/
	install -d $(DESTDIR)$(DOCDIR)/examples/dropin-main.d
	install -m 0644 config/examples/dropin-main.d/*.conf $(DESTDIR)$(DOCDIR)/examples/dropin-main.d/
	install -d $(DESTDIR)$(DOCDIR)/examples/hooks
	install -m 0644 config/examples/hooks/* $(DESTDIR)$(DOCDIR)/examples/hooks/
	install -m 0644 config/pam.d/* $(DESTDIR)$(DOCDIR)/examples/pam.d/
	test -e $(DESTDIR)$(SYSCONFDIR)/security/pam_ns.conf || \
	  install -m 0644 config/default/pam_ns.conf $(DESTDIR)$(SYSCONFDIR)/security/pam_ns.conf

# Refused while a PAM file still loads the module (every login through it
# would fail, "Module is unknown", root's included) or, on this system, while
# sets are pinned (nothing could unpin them afterwards); FORCE=1 goes on
# anyway.  The policy and its drop-ins are the admin's: they stay.
uninstall:
	@files=$$(grep -lE '^[[:space:]]*[^#[:space:]].*pam_ns\.so' $(DESTDIR)$(SYSCONFDIR)/pam.d/* 2>/dev/null); \
	if [ -n "$$files" ] && [ -z "$(FORCE)" ]; then \
	  echo "make uninstall: refused: these PAM files still load pam_ns.so, and every login" >&2; \
	  echo "through them would fail (\"Module is unknown\"), root's included:" >&2; \
	  for f in $$files; do echo "    $$f" >&2; done; \
	  echo "Take pam_ns out of them first: 'pam-auth-update --remove pam_ns' if you enabled" >&2; \
	  echo "it with pam-auth-update (common-session), an editor for the others; then run" >&2; \
	  echo "make uninstall again (FORCE=1 uninstalls anyway)." >&2; \
	  exit 1; \
	fi; \
	h=$(DESTDIR)$(SBINDIR)/pam_ns_helper; \
	if [ -z "$(DESTDIR)" ] && [ -z "$(FORCE)" ] && [ -x "$$h" ] && \
	   "$$h" list 2>/dev/null | awk 'NR > 1 && $$2 != "external" { n++ } END { exit !n }'; then \
	  echo "make uninstall: refused: pam_ns sets are still pinned ($$h list); unpin them" >&2; \
	  echo "first with '$$h purge' (processes inside keep running), then run make" >&2; \
	  echo "uninstall again (FORCE=1 uninstalls anyway)." >&2; \
	  exit 1; \
	fi
	rm -f $(DESTDIR)$(SECUREDIR)/pam_ns.so $(DESTDIR)$(SBINDIR)/pam_ns_helper $(DESTDIR)$(INIT_PATH) \
	      $(DESTDIR)$(MANDIR)/man5/pam_ns.conf.5 $(DESTDIR)$(MANDIR)/man8/pam_ns.8 \
	      $(DESTDIR)$(MANDIR)/man8/pam_ns_helper.8 $(DESTDIR)$(UNITDIR)/pam-ns.service \
	      $(DESTDIR)$(TMPFILESDIR)/pam_ns.conf $(DESTDIR)$(PAMCONFIGDIR)/pam_ns $(DESTDIR)$(PAMCONFIGDIR)/pam_ns-trial
	rm -f '$(DESTDIR)$(UNITDIR)/user@.service.d/pam_ns.conf'
	rmdir '$(DESTDIR)$(UNITDIR)/user@.service.d' 2>/dev/null || true
	rm -rf $(DESTDIR)$(DOCDIR)
	rmdir $(DESTDIR)$(dir $(INIT_PATH)) 2>/dev/null || true
	@echo "make uninstall: kept the policy, $(DESTDIR)$(SYSCONFDIR)/security/pam_ns.conf and pam_ns.d/ (remove them by hand)"

# The Debian package (debian/), built from a copy of the working tree (the
# files git knows, tracked or new and not ignored, as they are on disk):
# dpkg-buildpackage writes next to its source directory, so all of it stays
# in $(BUILD)/deb/; the .deb is $(BUILD)/deb/libpam-ns_VERSION_ARCH.deb.
# Nothing of this make's flags or variables reaches that build.
deb:
	git rev-parse --is-inside-work-tree >/dev/null
	rm -rf $(BUILD)/deb && mkdir -p $(BUILD)/deb/src
	git ls-files -z --cached --others --exclude-standard | grep -zv '^$(BUILD)/' | \
	  tar --null --ignore-failed-read -T - -cf - | tar -xf - -C $(BUILD)/deb/src
	@echo "make deb: dpkg-buildpackage in $(BUILD)/deb/src (log: $(BUILD)/deb/build.log)"
	@cd $(BUILD)/deb/src && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL dpkg-buildpackage -us -uc -b \
	  >../build.log 2>&1 || { tail -30 ../build.log; exit 1; }
	lintian --fail-on error,warning $(BUILD)/deb/*.changes

clean:
	rm -rf $(BUILD) build-*
