/* Small shared utilities: the error idiom, cleanup attributes, name checks. */
#ifndef PNS_UTIL_H
#define PNS_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>

/*
 * The one error idiom of the core: a function that can fail returns 0 on
 * success and -1 on failure after filling a struct pns_err with a sentence a
 * person understands (and, when a system call failed, its errno text).  The
 * front ends decide where the sentence goes: pam_syslog for the module,
 * stderr for the helper.
 */
struct pns_err {
	int errnum;		/* errno of the failing call, 0 if none */
	char msg[768];
};

/* Fill *e from fmt and append ": strerror(errnum)" when errnum != 0.
 * Always returns -1 so callers can write `return pns_fail(e, errno, ...)`.
 * e may be NULL. */
int pns_fail(struct pns_err *e, int errnum, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The same, for a refusal whose sentence says it all: no ": strerror" is
 * appended, but e->errnum is set to errnum (ELOOP, EPERM, ...) so that
 * callers still learn the class of failure.  Always -1; e may be NULL. */
int pns_refuse(struct pns_err *e, int errnum, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * The one escaping of text that came from outside (user, group, rhost,
 * tty, service, NSS, policy values, paths, file names, a helper's or a
 * hook's output) for a log line or a terminal: whoever chose the text must
 * not be able to forge a second log line (a newline), drive the admin's
 * terminal (ESC, BEL, CSI) or hide part of the line (CR, backspace).
 *
 * Copies in to out (outsz bytes, NUL included) with every byte below 0x20,
 * 0x7f, every byte from 0x80 up, and the backslash escaped: \n \t \r \\
 * and \xHH (two lower-case hex digits) for the rest; every other byte as
 * it is.  Bytes from 0x80 up are escaped too, valid UTF-8 included: a log
 * or a terminal may not be UTF-8, and even valid UTF-8 holds controls
 * (U+0080..U+009F, which some terminals read as CSI and friends) and
 * direction overrides (U+202E) that reorder what the admin reads; names
 * that reach pam_ns are ASCII in practice, so the price is small and the
 * rule stays one line.  The output is therefore printable ASCII only, and
 * read from the left it decodes to the input unambiguously.
 *
 * When the escaped text does not fit, it is cut after the last whole
 * escape that leaves room and ends in the mark "\..." (a backslash and
 * three dots, never produced otherwise: a backslash is always followed by
 * \, n, t, r or x), cut itself when outsz < 5.  NULL in gives "(null)",
 * as printf does.  Returns strlen(out); writes nothing when outsz is 0.
 * Pure: no allocation, no errno, no locale.
 */
size_t pns_escape(char *out, size_t outsz, const char *in);

/* Whether s has a byte below 0x20 or 0x7f: the policy refuses them in a
 * path it runs or pins under (hooks, pin_dir), which would show in every
 * message about it. */
bool pns_has_control(const char *s);

/* The idiom for a %s argument: pns_fail(e, 0, "unknown user %s",
 * PNS_ESC(user)).  The escaped copy lives in a compound literal of the
 * enclosing block (PNS_ESC_MAX bytes), so it stays valid for the whole
 * statement and longer; nothing to free.  Text already built from escaped
 * pieces (a struct pns_err's message) is printed as it is, never escaped
 * twice. */
#define PNS_ESC_MAX 512
#define PNS_ESC(s) pns_esc((char[PNS_ESC_MAX]){ 0 }, PNS_ESC_MAX, (s))
/* pns_escape returning out, for PNS_ESC. */
const char *pns_esc(char *out, size_t outsz, const char *in);

/* Resources released on scope exit, so early returns leak nothing. */
void pns_freep(void *p);
void pns_closep(int *fd);
void pns_fclosep(FILE **f);
#define cleanup_free __attribute__((cleanup(pns_freep)))
#define cleanup_close __attribute__((cleanup(pns_closep)))
#define cleanup_fclose __attribute__((cleanup(pns_fclosep)))

/* Hand ownership out of a cleanup_* variable. */
static inline void *pns_steal_ptr(void *pp)
{
	void **p = pp, *v = *p;
	*p = NULL;
	return v;
}
static inline int pns_steal_fd(int *fd)
{
	int v = *fd;
	*fd = -1;
	return v;
}

/* Between fork and exec (or _exit): close every fd but `keep` (-1: none),
 * by close_range, else one by one up to the fd limit (kernels before 5.9). */
void pns_close_fds_except(int keep);

/* Between fork and exec: every signal handler back to its default (the
 * login program's handlers mean nothing in a child of ours). */
void pns_reset_signal_handlers(void);

/* A name that may become one path component: [A-Za-z0-9_.-]+, not "." or
 * "..", at most 255 bytes.  Set names, user and group names in pin paths,
 * netns names. */
bool pns_name_valid(const char *name);

/* A hostname as sethostname(2) and RFC 1123 accept: labels of
 * [A-Za-z0-9-], not starting or ending with '-', separated by single dots,
 * 1..64 bytes in all. */
bool pns_hostname_valid(const char *name);

/*
 * A tmpfs size= as the policy accepts it, a stricter tmpfs(5): a positive
 * whole number of bytes with an optional k, m or g suffix (either case:
 * KiB, MiB, GiB), or a whole percentage of RAM from 1 to 100 followed by
 * '%'; no sign, space, leading zero (tmpfs would read octal or hex) or
 * other suffix.  0 and *bytes, the size tmpfs gives it (a share of `ram`
 * bytes for a percentage, 0: the machine's RAM by sysinfo(2); rounded up
 * to whole pages, as tmpfs does), or -1 and *e (EINVAL: not such a size,
 * ERANGE: too large).  bytes may be NULL to check the form only.
 */
int pns_tmpfs_size(const char *spec, unsigned long long ram, unsigned long long *bytes,
		   struct pns_err *e);

/* snprintf that fails (pns_fail, ENAMETOOLONG) instead of truncating. */
int pns_snprintf(struct pns_err *e, char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* strdup that aborts the caller's operation cleanly: NULL on ENOMEM. */
char *pns_strdup(const char *s);

/* A step log (the module's `debug` option, the helper's -v); may be NULL. */
typedef void (*pns_step_fn)(void *ctx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define PNS_STEP(step, ctx, ...)                         \
	do {                                             \
		if (step)                                \
			(step)((ctx), __VA_ARGS__);      \
	} while (0)

#define PNS_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
