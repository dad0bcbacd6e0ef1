/* The error idiom, cleanup helpers and name checks declared in util.h. */
#include "common/util.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
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

/* The escape of byte c into esc (at most 4 bytes); returns its length. */
static size_t escape_byte(unsigned char c, char esc[4])
{
	static const char hex[] = "0123456789abcdef";
	const char *two = c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : NULL;
	if (two) {
		memcpy(esc, two, 2);
		return 2;
	}
	if (c < 0x20 || c >= 0x7f) {
		esc[0] = '\\', esc[1] = 'x', esc[2] = hex[c >> 4], esc[3] = hex[c & 0xf];
		return 4;
	}
	esc[0] = (char)c;
	return 1;
}

size_t pns_escape(char *out, size_t outsz, const char *in)
{
	static const char mark[] = "\\...";
	const size_t mark_len = sizeof(mark) - 1;
	char esc[4];
	if (!outsz)
		return 0;
	if (!in)
		in = "(null)";
	/* Does all of it fit?  If not, stop where the mark still does. */
	size_t total = 0;
	for (const unsigned char *p = (const unsigned char *)in; *p && total < outsz; p++)
		total += escape_byte(*p, esc);
	size_t room = total < outsz ? outsz - 1 : outsz - 1 >= mark_len ? outsz - 1 - mark_len : 0;
	size_t used = 0;
	for (const unsigned char *p = (const unsigned char *)in; *p; p++) {
		size_t n = escape_byte(*p, esc);
		if (used + n > room)
			break;
		memcpy(out + used, esc, n);
		used += n;
	}
	if (total >= outsz) {
		size_t k = mark_len < outsz - 1 - used ? mark_len : outsz - 1 - used;
		memcpy(out + used, mark, k);
		used += k;
	}
	out[used] = '\0';
	return used;
}

bool pns_has_control(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return true;
	return false;
}

const char *pns_esc(char *out, size_t outsz, const char *in)
{
	pns_escape(out, outsz, in);
	return out;
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

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

int pns_tmpfs_size(const char *spec, unsigned long long ram, unsigned long long *bytes,
		   struct pns_err *e)
{
#define NOT_SIZE "\"%s\" is not a tmpfs size: "
	if (!spec || !*spec)
		return pns_refuse(e, EINVAL, "\"\" is not a tmpfs size: it is empty");
	if (strpbrk(spec, " \t\n\v\f\r"))
		return pns_refuse(e, EINVAL, NOT_SIZE "it contains white space", spec);
	if (!is_digit(spec[0]))
		return pns_refuse(e, EINVAL, NOT_SIZE "it does not start with a digit", spec);
	/* tmpfs reads the number with base 0 (memparse): "010" would be 8,
	 * "0x10" 16, not what the policy shows. */
	if (spec[0] == '0' && (is_digit(spec[1]) || spec[1] == 'x' || spec[1] == 'X'))
		return pns_refuse(e, EINVAL, NOT_SIZE "a leading 0 makes tmpfs read the number as octal "
				  "or hexadecimal", spec);
	unsigned long long n = 0;
	bool over = false;
	const char *p = spec;
	for (; is_digit(*p); p++) {
		unsigned d = (unsigned)(*p - '0');
		if (over || n > (ULLONG_MAX - d) / 10)
			over = true;
		else
			n = n * 10 + d;
	}
	/* tmpfs reads a size of 0 as no limit at all. */
	if (!over && n == 0)
		return pns_refuse(e, EINVAL, NOT_SIZE "0 would mean no limit at all", spec);
	const char *suffix = p;
	unsigned shift = 0;
	bool percent = false;
	switch (*p) {
	case 'k': case 'K':
		shift = 10, p++;
		break;
	case 'm': case 'M':
		shift = 20, p++;
		break;
	case 'g': case 'G':
		shift = 30, p++;
		break;
	case '%':
		percent = true, p++;
		break;
	default:
		break;
	}
	if (*p)
		return pns_refuse(e, EINVAL, NOT_SIZE "only k, m, g (KiB, MiB, GiB) or %% may follow the "
				  "number, not \"%s\"", spec, suffix);
	unsigned long long v;
	if (percent) {
		if (over || n > 100)
			return pns_refuse(e, EINVAL, NOT_SIZE "a share of RAM is at most 100%%", spec);
		if (!bytes)
			return 0;
		if (!ram) {
			struct sysinfo si;
			if (sysinfo(&si) < 0)
				return pns_fail(e, errno, "cannot read the size of RAM for tmpfs size \"%s\"", spec);
			ram = (unsigned long long)si.totalram * si.mem_unit;
		}
		/* n * ram / 100, rounded down as tmpfs does, without overflow. */
		v = ram / 100 * n + ram % 100 * n / 100;
		if (v == 0)
			return pns_refuse(e, EINVAL, NOT_SIZE "%s of %llu bytes of RAM is 0, which would mean "
					  "no limit at all", spec, spec, ram);
	} else {
		if (over || n > ULLONG_MAX >> shift)
			return pns_refuse(e, ERANGE, NOT_SIZE "it is too large", spec);
		v = n << shift;
	}
	/* tmpfs counts whole pages. */
	long ps = sysconf(_SC_PAGESIZE);
	unsigned long long page = ps > 0 ? (unsigned long long)ps : 4096;
	if (v > ULLONG_MAX - (page - 1))
		return pns_refuse(e, ERANGE, NOT_SIZE "it is too large", spec);
	if (bytes)
		*bytes = (v + page - 1) / page * page;
	return 0;
#undef NOT_SIZE
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
