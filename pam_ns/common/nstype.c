/* The namespace type table declared in nstype.h. */
#include "common/nstype.h"

#include <sched.h>
#include <string.h>

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif

const struct pns_type_info pns_types[PNS_NTYPES] = {
	[PNS_CGROUP] = { .name = "cgroup", .clone_flag = CLONE_NEWCGROUP, .proc_entry = "cgroup" },
	[PNS_IPC] = { .name = "ipc", .clone_flag = CLONE_NEWIPC, .proc_entry = "ipc" },
	[PNS_UTS] = { .name = "uts", .clone_flag = CLONE_NEWUTS, .proc_entry = "uts" },
	[PNS_NET] = { .name = "net", .clone_flag = CLONE_NEWNET, .proc_entry = "net" },
	[PNS_PID] = { .name = "pid", .clone_flag = CLONE_NEWPID, .proc_entry = "pid_for_children" },
	[PNS_TIME] = { .name = "time", .clone_flag = CLONE_NEWTIME, .proc_entry = "time_for_children" },
	[PNS_MNT] = { .name = "mnt", .clone_flag = CLONE_NEWNS, .proc_entry = "mnt" },
};

int pns_mask_clone_flags(unsigned mask)
{
	int flags = 0;
	for (int t = 0; t < PNS_NTYPES; t++)
		if (mask & PNS_BIT(t))
			flags |= pns_types[t].clone_flag;
	return flags;
}

int pns_type_by_name(const char *name)
{
	for (int t = 0; t < PNS_NTYPES; t++)
		if (name && !strcmp(name, pns_types[t].name))
			return t;
	return -1;
}

const char *pns_mask_str(unsigned mask, char *buf, unsigned size)
{
	unsigned used = 0;
	if (size == 0)
		return buf;
	buf[0] = '\0';
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!(mask & PNS_BIT(t)))
			continue;
		const char *n = pns_types[t].name;
		size_t len = strlen(n);
		if (used + len + 2 > size)
			break;
		if (used)
			buf[used++] = ',';
		memcpy(buf + used, n, len + 1);
		used += len;
	}
	if (!used && size > 1)
		strcpy(buf, "-");
	return buf;
}
