#pragma once

// The data of tst_secretredactor's redacts() test, one row per secret shape.

#include <QByteArray>
#include <QList>
#include <QString>

struct RedactionCase {
    QByteArray name;
    QString input;
    QString expected;
};

QList<RedactionCase> redactionCases();
