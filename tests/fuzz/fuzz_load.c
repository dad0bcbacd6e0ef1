/* libFuzzer target for the policy loader over real files: pns_policy_load
 * of a main file and its drop-in directory, written from the input into a
 * private directory, so the walker, the drop-in listing, filtering and
 * sorting, the per-file parse and pin_dir's check all run as in
 * production.  Trust checks are skipped (skip_trust: the files are the
 * fuzzer's, not root's); a symbolic link is still refused everywhere.
 * Built by tests/fuzz/run from:
 *
 * fuzz-sources: pam_ns/policy/ pam_ns/common/
 * fuzz-libs: -lconfig
 * fuzz-args: -max_len=16384
 *
 * The input is the main file, then any number of sections, each starting
 * with a line "%%% NAME" (the first PNS_FUZZ_MAX_DROPINS are written):
 *   "%%% 10-lab.conf"       a drop-in of that name with the lines after it
 *   "%%% sub.conf/"         a directory of that name (the loader refuses it)
 *   "%%% a.conf -> b.conf"  a symbolic link (refused too)
 * Names keep only [A-Za-z0-9._-] (at most 40 bytes), so the fuzzer reaches
 * the names the loader skips (".x.conf", "x.txt") but never leaves the
 * directory.  With no section there is no drop-in directory at all.
 */

#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "policy/policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define PNS_FUZZ_MAX_DROPINS 8
#define MARK "%%% "

static char root[PATH_MAX], main_path[PATH_MAX], dropin_dir[PATH_MAX];

static int rm_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st, (void)type, (void)ftw;
	remove(path);
	return 0;
}

static void rm_tree(const char *path)
{
	nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

static void cleanup(void)
{
	if (root[0])
		rm_tree(root);
}

/* Once per process: the private directory, under $TMPDIR (tests/fuzz/run
 * points it into its own work directory, removed after the run). */
static void setup_root(void)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(root, sizeof(root), "%s/pns-fuzz-load.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(root))
		abort();
	snprintf(main_path, sizeof(main_path), "%s/pam_ns.conf", root);
	snprintf(dropin_dir, sizeof(dropin_dir), "%s/pam_ns.d", root);
	atexit(cleanup);
}

static void write_file(const char *path, const uint8_t *p, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0)
		return;	/* a name given twice, once as a directory */
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w <= 0)
			abort();
		p += w, n -= (size_t)w;
	}
	close(fd);
}

/* The allowed bytes of [p, p+n) into buf (size > 40). */
static void clean_name(const uint8_t *p, size_t n, char *buf)
{
	size_t o = 0;
	for (size_t i = 0; i < n && o < 40; i++) {
		char c = (char)p[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '.' || c == '_' || c == '-')
			buf[o++] = c;
	}
	buf[o] = '\0';
}

/* One "%%% ..." header line (without the mark and the newline) and the
 * content after it. */
static void write_dropin(const uint8_t *hdr, size_t hlen, const uint8_t *body, size_t blen)
{
	char name[64], target[64], path[PATH_MAX + 64];
	const uint8_t *arrow = memmem(hdr, hlen, " -> ", 4);
	clean_name(hdr, arrow ? (size_t)(arrow - hdr) : hlen, name);
	if (!name[0] || !strcmp(name, ".") || !strcmp(name, ".."))
		return;
	snprintf(path, sizeof(path), "%s/%s", dropin_dir, name);
	if (arrow) {
		clean_name(arrow + 4, hlen - (size_t)(arrow + 4 - hdr), target);
		if (symlink(target, path) < 0)
			return;
	} else if (hlen && hdr[hlen - 1] == '/') {
		mkdir(path, 0755);
	} else {
		write_file(path, body, blen);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!root[0])
		setup_root();
	rm_tree(dropin_dir);
	unlink(main_path);

	/* Split at each line starting with the mark. */
	const uint8_t *end = data + size, *p = data, *hdr = NULL;
	size_t hlen = 0;
	int n = 0;
	for (;;) {
		const uint8_t *m = p;
		while ((m = memmem(m, (size_t)(end - m), MARK, strlen(MARK))) && m != data && m[-1] != '\n')
			m++;
		const uint8_t *stop = m ? m : end;
		if (!hdr) {
			write_file(main_path, p, (size_t)(stop - p));
		} else if (n++ < PNS_FUZZ_MAX_DROPINS) {
			if (n == 1 && mkdir(dropin_dir, 0755) < 0)
				abort();
			write_dropin(hdr, hlen, p, (size_t)(stop - p));
		}
		if (!m)
			break;
		hdr = m + strlen(MARK);
		const uint8_t *nl = memchr(hdr, '\n', (size_t)(end - hdr));
		hlen = (size_t)((nl ? nl : end) - hdr);
		p = nl ? nl + 1 : end;
	}

	struct pns_load_opts opts = {
		.trusted_uid = getuid(),
		.skip_trust = true,
		.check_pin_dir = true,
	};
	struct pns_diag d = { 0 };
	struct pns_policy *pol = NULL;
	int rc = pns_policy_load(main_path, &opts, &pol, &d);
	/* Fails exactly when it says why, and never hands out a policy then. */
	if ((rc == 0) != (d.msgs.n == 0) || (rc == 0) != (pol != NULL))
		abort();
	for (size_t i = 0; i < d.msgs.n; i++)
		if (!d.msgs.v[i][0])
			abort();
	if (pol) {
		pns_fuzz_check_policy(pol);
		/* The main file first, then only drop-ins, each read once. */
		if (!pol->files.n || strcmp(pol->files.v[0], main_path))
			abort();
		for (size_t i = 1; i < pol->files.n; i++)
			if (strncmp(pol->files.v[i], dropin_dir, strlen(dropin_dir)) ||
			    (i > 1 && strcmp(pol->files.v[i - 1], pol->files.v[i]) >= 0))
				abort();
	}
	pns_diag_free(&d);
	pns_policy_free(pol);
	return 0;
}
