/* pns_enter on its own: what it refuses before anything moves, and the
 * working directory after joining a mount namespace. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "session/enter.h"
#include "inline_policy.h"

static unsigned long own_id(const char *type)
{
	char path[64];
	struct stat st;
	snprintf(path, sizeof(path), "/proc/self/ns/%s", type);
	return stat(path, &st) == 0 ? (unsigned long)st.st_ino : 0;
}

static void *idle(void *arg)
{
	(void)arg;
	pause();
	return NULL;
}

/* Run pns_enter for a plan with a new uts namespace in a child, with or
 * without a second thread; the child exits 0 when the result is as
 * expected. */
static int enter_in_child(bool with_thread)
{
	pid_t pid = fork();
	if (pid == 0) {
		pthread_t t;
		if (with_thread && pthread_create(&t, NULL, idle, NULL) != 0)
			_exit(10);
		unsigned long before = own_id("uts");
		struct pns_plan p;
		memset(&p, 0, sizeof(p));
		p.how[PNS_UTS] = PNS_NEW;
		struct pns_entered en;
		struct pns_err e = { 0 };
		int r = pns_enter(&p, &en, NULL, NULL, &e);
		if (with_thread)
			_exit(r == -1 && strstr(e.msg, "runs 2 threads") && own_id("uts") == before ? 0 : 1);
		_exit(r == 0 && own_id("uts") != before && en.ids[PNS_UTS] == own_id("uts") ? 0 : 2);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 100;
}

static void single_threaded_caller_is_moved(void **state)
{
	(void)state;
	assert_int_equal(enter_in_child(false), 0);
}

static void threaded_caller_is_refused_untouched(void **state)
{
	(void)state;
	assert_int_equal(enter_in_child(true), 0);
}

int main(void)
{
	if (enter_private_namespaces() < 0) {
		fprintf(stderr, "test_enter: cannot make private namespaces: %s\n", strerror(errno));
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(single_threaded_caller_is_moved),
		cmocka_unit_test(threaded_caller_is_refused_untouched),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
