/* The error idiom, cleanup helpers and name checks declared in util.h. */
#include "common/util.h"

#include <errno.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <stdarg.h>
#include <string.h>

int pns_fail(struct pns_err *e, int errnum, const char *fmt, ...)
{
	if (!e)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	if (n < 0)
		e->msg[0] = '\0';
	size_t len = strlen(e->msg);
	if (errnum && len < sizeof(e->msg))
		snprintf(e->msg + len, sizeof(e->msg) - len, ": %s", strerror(errnum));
	e->errnum = errnum;
	return -1;
}

int pns_refuse(struct pns_err *e, int errnum, const char *fmt, ...)
{
	if (!e)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	if (vsnprintf(e->msg, sizeof(e->msg), fmt, ap) < 0)
		e->msg[0] = '\0';
	va_end(ap);
	e->errnum = errnum;
	return -1;
}

void pns_freep(void *p)
{
	free(*(void **)p);
}

void pns_closep(int *fd)
{
	if (*fd >= 0) {
		int saved = errno;
		close(*fd);
		errno = saved;
	}
}

void pns_fclosep(FILE **f)
{
	if (*f)
		fclose(*f);
}

bool pns_name_valid(const char *name)
{
	size_t n = 0;
	if (!name || !*name || !strcmp(name, ".") || !strcmp(name, ".."))
		return false;
	for (const char *p = name; *p; p++, n++) {
		char c = *p;
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			  (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
		if (!ok || n >= 255)
			return false;
	}
	return true;
}

bool pns_hostname_valid(const char *name)
{
	size_t len = name ? strlen(name) : 0;
	if (len == 0 || len > 64)
		return false;
	size_t label = 0;
	char prev = '.';
	for (const char *p = name; *p; prev = *p++) {
		char c = *p;
		if (c == '.') {
			if (label == 0 || prev == '-')
				return false;
			label = 0;
			continue;
		}
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			  (c >= '0' && c <= '9') || c == '-';
		if (!ok || (c == '-' && label == 0) || ++label > 63)
			return false;
	}
	return prev != '-' && prev != '.';
}

int pns_snprintf(struct pns_err *e, char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= size)
		return pns_fail(e, ENAMETOOLONG, "name too long: %.64s...", buf);
	return 0;
}

char *pns_strdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* Only close_range and close: safe in a child of a threaded program. */
static void close_range_or_loop(unsigned first, unsigned last)
{
	if (first > last || syscall(SYS_close_range, first, last, 0U) == 0)
		return;
	struct rlimit rl;
	unsigned max = getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
			       rl.rlim_cur < 65536 ? (unsigned)rl.rlim_cur : 65536;
	for (unsigned fd = first; fd <= last && fd < max; fd++)
		close((int)fd);
}

void pns_close_fds_except(int keep)
{
	if (keep < 0) {
		close_range_or_loop(0, ~0U);
		return;
	}
	if (keep > 0)
		close_range_or_loop(0, (unsigned)keep - 1);
	close_range_or_loop((unsigned)keep + 1, ~0U);
}

void pns_reset_signal_handlers(void)
{
	/* sigaction, not signal(): this runs between fork and exec (or exit)
	 * of a possibly threaded login program. */
	struct sigaction dfl;
	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	for (int sig = 1; sig < NSIG; sig++)
		if (sig != SIGKILL && sig != SIGSTOP)
			sigaction(sig, &dfl, NULL);
}
