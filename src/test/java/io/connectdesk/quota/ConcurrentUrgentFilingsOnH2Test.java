package io.connectdesk.quota;

class ConcurrentUrgentFilingsOnH2Test extends ConcurrentUrgentFilings {
}
