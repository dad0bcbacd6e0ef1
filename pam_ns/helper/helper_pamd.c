/* Reading PAM stacks (helper_pamd.h) as Linux-PAM 1.5.2, Debian 12's
 * libpam, reads them.  Each rule names the libpam function it follows, in
 * libpam/pam_handlers.c unless said otherwise; "@include" is Debian's, a
 * type word handled in _pam_parse_conf_file like "include" with the type
 * of the line that led there. */
#include "helper/helper_pamd.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/util.h"
#include "policy/policy.h"
#include "session/options.h"

/* BUF_SIZE: _pam_assemble_line makes each line, continued ones too, in a
 * buffer this big, filled by fgets. */
#define LIBPAM_LINE 1024
/* PAM_SUBSTACK_MAX_LEVEL (libpam/pam_private.h): _pam_load_conf_file
 * refuses a file this many substacks deep; include and @include do not
 * count. */
#define LIBPAM_SUBSTACK_MAX 16
/* Ours: how much of a stack file is read, and how deep files may include
 * each other (no real stack comes near either). */
#define FILE_MAX (1024 * 1024)
#define DEPTH_MAX 64

/* One pns_pamd_read: what it found, and the files it read, by device and
 * inode (a stack that includes itself, or a file two lines include, says
 * nothing new the second time). */
struct walk {
	struct pns_pamd *out;
	struct file_id {
		dev_t dev;
		ino_t ino;
	} *seen;
	size_t nseen;
};

/* A file's bytes, as fgets hands them to libpam. */
struct text {
	const char *p, *end;
};

/* fgets(buf, size, f) on t: the bytes up to and including the next
 * newline, at most size - 1 of them, then a NUL; false at the end.  A NUL
 * byte in the file ends the string there, as for libpam. */
static bool text_gets(struct text *t, char *buf, size_t size)
{
	if (t->p == t->end)
		return false;
	size_t n = (size_t)(t->end - t->p);
	if (n > size - 1)
		n = size - 1;
	const char *nl = memchr(t->p, '\n', n);
	if (nl)
		n = (size_t)(nl - t->p) + 1;
	memcpy(buf, t->p, n);
	buf[n] = '\0';
	t->p += n;
	return true;
}

static bool blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/*
 * The next line of t into buf[LIBPAM_LINE], as _pam_assemble_line makes
 * it.  fgets reads it in pieces: a piece ends at a newline or where the
 * buffer is full, so a line of more than 1023 bytes is cut there and the
 * rest is read as a line of its own (later versions of libpam read lines
 * whole).  A piece with nothing but blanks or a comment is skipped; a "#"
 * ends the line; a backslash ending a piece (blanks after it aside) becomes
 * a blank and the next piece goes on the line, in the room left.  Returns
 * 1, 0 at the end, or -1 where libpam fails on the file and so do we, the
 * rest unread: the file ends in a continued line (PAM_ABORT), or a
 * continued line fills the buffer (fgets then has room for nothing, and
 * libpam 1.5.2 asks it again forever).
 */
static int assemble(struct text *t, char *buf)
{
	char *p = buf;
	bool continued = false;
	for (;;) {
		if (buf + LIBPAM_LINE - p <= 1)
			return -1;
		if (!text_gets(t, p, (size_t)(buf + LIBPAM_LINE - p)))
			return continued ? -1 : 0;
		char *s = p + strspn(p, " \t\n");
		if (!*s || *s == '#')
			continue;
		char *hash = strchr(s, '#');
		if (hash) {
			*hash = '\0';
			return 1;
		}
		char *last = s + strlen(s);
		while (last > s && blank(*--last))
			;
		if (*last != '\\')
			return 1;
		*last++ = ' ';
		*last = '\0';
		p = last;
		continued = true;
	}
}

/*
 * The next word of the line at *next, NUL-terminated in place, as
 * _pam_StrTok (libpam/pam_misc.c) cuts it at " \t\n": a word starting with
 * "[" runs to the first "]" (blanks included, "\]" standing for "]") and
 * loses its brackets; whatever follows the "]" is the next word.  NULL, and
 * *next NULL, when none is left.
 */
static char *word(char **next)
{
	char *w = *next, *end;
	if (!w)
		return NULL;
	w += strspn(w, " \t\n");
	if (!*w)
		return *next = NULL;
	if (*w == '[') {
		char *to = ++w;
		for (end = w; *end && *end != ']'; end++) {
			if (*end == '\\' && end[1] == ']')
				end++;
			*to++ = *end;
		}
		if (to != end)
			*to = '\0';
	} else {
		end = w + strcspn(w, " \t\n");
	}
	if (*end)
		*end++ = '\0';
	*next = *end ? end : NULL;
	return w;
}

/* One pam_ns.so line of `file`: its arguments, the rest of the line at
 * `next`, cut as _pam_mkargv (libpam/pam_misc.c) cuts them for the module
 * and parsed as the module parses them. */
static void note_line(struct pns_pamd *out, const char *file, const char *module, char *next)
{
	/* A line of LIBPAM_LINE - 1 bytes has at most this many words. */
	const char *argv[LIBPAM_LINE / 2];
	int argc = 0;
	for (char *a; argc < (int)PNS_ARRAY_SIZE(argv) && (a = word(&next));)
		argv[argc++] = a;
	struct pns_options o = { .on_error = -1 };
	const char *bad;
	if (pns_options_parse(argc, argv, &o, &bad) < 0 && !out->bad[0]) {
		snprintf(out->bad, sizeof(out->bad), "%s", bad);
		snprintf(out->bad_file, sizeof(out->bad_file), "%s", file);
	}
	/* The first line, unless a real one comes after a trial one. */
	if (out->loads && (out->real || o.dry_run))
		return;
	out->loads = true;
	out->real = !o.dry_run;
	snprintf(out->config, sizeof(out->config), "%s", o.config ? o.config : "");
	snprintf(out->helper, sizeof(out->helper), "%s", o.helper ? o.helper : "");
	snprintf(out->init, sizeof(out->init), "%s", o.init ? o.init : "");
	snprintf(out->rescue, sizeof(out->rescue), "%s", o.rescue ? o.rescue : "");
	snprintf(out->line_file, sizeof(out->line_file), "%s", file);
	snprintf(out->module, sizeof(out->module), "%s", module);
}

/* The file libpam opens for `name` into path[PATH_MAX], and what stat
 * says of it (_pam_open_config_file): an absolute name as it is, else the
 * first of PNS_PAMD_DIR/name and PNS_PAMD_VENDOR_DIR/name that exists.
 * fopen succeeds on what exists, so a directory hides the second file
 * (reading it gives nothing), and a FIFO too (libpam blocks on it; we read
 * only regular files).  false for none. */
static bool find_file(const char *name, char *path, struct stat *st)
{
	static const char *const dirs[] = { PNS_PAMD_DIR, PNS_PAMD_VENDOR_DIR };
	if (name[0] == '/') {
		int n = snprintf(path, PATH_MAX, "%s", name);
		return n < PATH_MAX && stat(path, st) == 0;
	}
	for (size_t i = 0; i < PNS_ARRAY_SIZE(dirs); i++) {
		int n = snprintf(path, PATH_MAX, "%s/%s", dirs[i], name);
		if (n < PATH_MAX && stat(path, st) == 0)
			return true;
	}
	return false;
}

/* The first FILE_MAX bytes of regular file `path`, NUL-terminated, their
 * count in *len; NULL when it is no regular file after all (opened without
 * blocking, never read: a FIFO would block, a device may act on a read),
 * cannot be read, or was read already in this walk.  A read error ends the
 * text where it happened, as EOF does for fgets. */
static char *read_once(struct walk *w, const char *path, size_t *len)
{
	cleanup_close int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
		return NULL;
	for (size_t i = 0; i < w->nseen; i++)
		if (w->seen[i].dev == st.st_dev && w->seen[i].ino == st.st_ino)
			return NULL;
	/* Without a note of it, a file could be read again and again. */
	struct file_id *seen = realloc(w->seen, (w->nseen + 1) * sizeof(*seen));
	if (!seen)
		return NULL;
	w->seen = seen;
	w->seen[w->nseen++] = (struct file_id){ st.st_dev, st.st_ino };

	size_t size = 4096, n = 0;
	if (st.st_size >= (off_t)size)
		size = st.st_size < FILE_MAX ? (size_t)st.st_size + 1 : FILE_MAX;
	cleanup_free char *buf = malloc(size + 1);
	if (!buf)
		return NULL;
	for (;;) {
		if (n == size) {
			if (size == FILE_MAX)
				break;
			size = size < FILE_MAX / 2 ? size * 2 : FILE_MAX;
			char *b = realloc(buf, size + 1);
			if (!b)
				return NULL;
			buf = b;
		}
		ssize_t r = read(fd, buf + n, size - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	buf[n] = '\0';
	*len = n;
	return pns_steal_ptr(&buf);
}

static void read_stack(struct walk *w, const char *name, int level, int depth);

/* One line of stack file `file`, for the session phase
 * (_pam_parse_conf_file): the type first, "-" before it only silencing
 * load errors, in any case; then for a session line the control, include
 * and substack in any case (anything else, "[...]" too, runs a module),
 * then the module, by its file name as dlopen takes it. */
static void read_line(struct walk *w, const char *file, char *line, int level, int depth)
{
	char *next = line, *type = word(&next);
	if (!type)
		return;
	if (type[0] == '-')
		type++;
	if (!strcasecmp(type, "@include")) {
		const char *name = word(&next);
		if (name)
			read_stack(w, name, level, depth + 1);
		return;
	}
	if (strcasecmp(type, "session"))
		return;
	char *control = word(&next), *module = word(&next);
	if (!control || !module)
		return;
	w->out->sessions = true;
	if (!strcasecmp(control, "include") || !strcasecmp(control, "substack")) {
		read_stack(w, module, level + !strcasecmp(control, "substack"), depth + 1);
		return;
	}
	const char *base = strrchr(module, '/');
	if (!strcmp(base ? base + 1 : module, "pam_ns.so"))
		note_line(w->out, file, module, next);
}

/* The lines of the stack file `name` names, `level` substacks deep
 * (_pam_load_conf_file); those of a file libpam fails on up to where it
 * does, as libpam keeps the modules of the lines before. */
static void read_stack(struct walk *w, const char *name, int level, int depth)
{
	char path[PATH_MAX], line[LIBPAM_LINE];
	struct stat st;
	size_t len;
	if (level >= LIBPAM_SUBSTACK_MAX || depth >= DEPTH_MAX || !find_file(name, path, &st) ||
	    !S_ISREG(st.st_mode))
		return;
	cleanup_free char *text = read_once(w, path, &len);
	if (!text)
		return;
	struct text t = { text, text + len };
	while (assemble(&t, line) > 0)
		read_line(w, path, line, level, depth);
}

/* Whether `name` can be a service: pam_start and pam_set_item
 * (libpam/pam_start.c, pam_item.c) keep what follows the last "/" and
 * lower-case it, so libpam never looks for a stack under any other name;
 * "." and what starts with it (hidden files, "..") are no stacks either. */
bool pns_pamd_service_name(const char *name)
{
	if (!name[0] || name[0] == '.' || strchr(name, '/'))
		return false;
	for (const char *c = name; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			return false;
	return true;
}

/* The stack file of service into path[PATH_MAX]: the one libpam opens for
 * it, if that is a regular file (or a link to one).  false, and "", for
 * none. */
static bool stack_file(const char *service, char *path)
{
	struct stat st;
	if (!pns_pamd_service_name(service) || !find_file(service, path, &st) || !S_ISREG(st.st_mode)) {
		path[0] = '\0';
		return false;
	}
	return true;
}

bool pns_pamd_exists(const char *service)
{
	char path[PATH_MAX];
	return stack_file(service, path);
}

void pns_pamd_read(const char *service, struct pns_pamd *out)
{
	memset(out, 0, sizeof(*out));
	if (!stack_file(service, out->file))
		return;
	struct walk w = { .out = out };
	read_stack(&w, out->file, 0, 0);
	free(w.seen);
}

int pns_pamd_list(struct pns_strlist *out)
{
	static const char *const dirs[] = { PNS_PAMD_DIR, PNS_PAMD_VENDOR_DIR };
	for (size_t i = 0; i < PNS_ARRAY_SIZE(dirs); i++) {
		DIR *dir = opendir(dirs[i]);
		struct dirent *de;
		while (dir && (de = readdir(dir))) {
			/* A name in both directories is one service, its
			 * stack the one stack_file finds: kept once below. */
			if (!pns_pamd_service_name(de->d_name) || !pns_pamd_exists(de->d_name))
				continue;
			if (pns_strlist_add(out, de->d_name) < 0) {
				closedir(dir);
				pns_strlist_free(out);
				errno = ENOMEM;
				return -1;
			}
		}
		if (dir)
			closedir(dir);
	}
	pns_strlist_sort_unique(out);
	return 0;
}

bool pns_pamd_any_real(void)
{
	struct pns_strlist all = { 0 };
	bool on = false;
	if (pns_pamd_list(&all) < 0)
		return false;
	for (size_t i = 0; i < all.n && !on; i++) {
		struct pns_pamd st;
		pns_pamd_read(all.v[i], &st);
		on = st.real;
	}
	pns_strlist_free(&all);
	return on;
}
