// Starts, loads Qt's TLS backend as every QSslSocket needs it, and ends: what any Qt program
// pays before its first TLS byte. bench/validate-vs-swaks.sh times it next to the tools.
#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>

#include <unistd.h>

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    const bool supported = QSslSocket::supportsSsl();
    QSslConfiguration::defaultConfiguration();

    // Ends as mailflow-admin does, without unloading libraries at exit.
    ::_exit(supported ? 0 : 1);
}
