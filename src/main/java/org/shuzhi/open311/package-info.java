/**
 * Open311 开放接口: the Open311 GeoReport v2 interface of the event centre, for third-party apps and city
 * portals — discovery, the service list (the leaf categories of the event catalogue) and service definitions,
 * reporting a service request (an event from source OPEN311, authorised by the api_key of an account allowed to
 * report), listing and reading service requests with status open or closed, and tokens — in JSON and XML, with the
 * spec's errors. Each call is confined to one jurisdiction (jurisdiction_id, a division code); reads are public
 * and never show personal data unmasked. Every report (created or refused) and every token found is written to the
 * audit log; the public reads of masked data are not.
 *
 * <p>API: none; the module only serves HTTP under /open311/v2 (see docs/OPEN311.md). It reads and reports events
 * through the event centre's API and has no storage of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311 开放接口")
package org.shuzhi.open311;
