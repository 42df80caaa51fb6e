#pragma once

#include "probe/probe.h"

#include <QString>

namespace mailflow::probe::test {

// A probe target aimed at a fake server on 127.0.0.1 with test-sized timeouts.
[[nodiscard]] ProbeTarget loopbackTarget(quint16 port, TlsSettings tls = TlsSettings::None);

// Runs one probe to its end in the test's event loop; fails the test when finished() does not
// come within `waitMs`.
[[nodiscard]] ProbeResult runProbe(const ProbeTarget &target, int waitMs = 5000);

// The usual greeting and EHLO exchange, without STARTTLS.
[[nodiscard]] QString plainOpening();

// The usual exchange after EHLO: MAIL, RCPT for admin@contoso.com, DATA, QUIT.
[[nodiscard]] QString mailTransaction();

} // namespace mailflow::probe::test
