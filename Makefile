# Builds and installs pingdian like a Unix tool (Docs/install.md).
#
#   make                         the release build (.build/release/pingdian)
#   sudo make install            into /usr/local: the binary, pingdian(1), bash/zsh/fish completions,
#                                the licences of pingdian and of what it bundles
#   make install PREFIX=~/.local into your home instead (no sudo)
#   sudo make uninstall          removes exactly what install put there (same PREFIX)
#   make deb                     a Debian package, pingdian_VERSION_ARCH.deb (Scripts/make-deb)
#
# DESTDIR stages an install for packaging (make install DESTDIR=/tmp/stage PREFIX=/usr).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

BUILD := .build/release
BINARY := $(BUILD)/pingdian
GENERATED := .build/install
MANPAGE := $(GENERATED)/pingdian.1

bindir := $(DESTDIR)$(PREFIX)/bin
man1dir := $(DESTDIR)$(PREFIX)/share/man/man1
docdir := $(DESTDIR)$(PREFIX)/share/doc/pingdian
bashdir := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build man completions install uninstall deb clean-install

all: build

build:
	$(SWIFT) build -c release --product pingdian

# pingdian(1): every command as swift-argument-parser describes it, then the reader's keys from
# its key maps, the environment and the files (`pingdian manual`; Docs/install.md says why not
# the GenerateManual plugin).
man: build
	mkdir -p $(GENERATED)
	$(BINARY) manual > $(MANPAGE)

completions: build
	mkdir -p $(GENERATED)
	$(BINARY) --generate-completion-script bash > $(GENERATED)/pingdian.bash
	$(BINARY) --generate-completion-script zsh > $(GENERATED)/_pingdian
	$(BINARY) --generate-completion-script fish > $(GENERATED)/pingdian.fish

install: build man completions
	install -d $(bindir) $(man1dir) $(docdir) $(bashdir) $(zshdir) $(fishdir)
	install -m 755 -s $(BINARY) $(bindir)/pingdian
	install -m 644 $(MANPAGE) $(man1dir)/pingdian.1
	install -m 644 $(GENERATED)/pingdian.bash $(bashdir)/pingdian
	install -m 644 $(GENERATED)/_pingdian $(zshdir)/_pingdian
	install -m 644 $(GENERATED)/pingdian.fish $(fishdir)/pingdian.fish
	install -m 644 LICENSE THIRD_PARTY_NOTICES.md README.md $(docdir)/
	install -m 644 Texts/cedict/LICENSE.txt $(docdir)/CC-CEDICT-LICENSE.txt

uninstall:
	rm -f $(bindir)/pingdian $(man1dir)/pingdian.1 $(bashdir)/pingdian $(zshdir)/_pingdian $(fishdir)/pingdian.fish
	rm -f $(docdir)/LICENSE $(docdir)/THIRD_PARTY_NOTICES.md $(docdir)/README.md $(docdir)/CC-CEDICT-LICENSE.txt
	-rmdir $(docdir)

deb: build man completions
	Scripts/make-deb

clean-install:
	rm -rf $(GENERATED)
