/**
 * The provisioning adapters: one {@link io.connectdesk.provisioning.ProvisioningAdapter} per backend
 * kind ({@code git-repository}, {@code pipeline}, {@code tls-certificate}, {@code infra-config},
 * {@code manual}), each idempotent on the request's key and leaving inspectable results under the
 * data directory: bare Git repositories served at {@code /git/**}, the internal certificate
 * authority, and the per-customer infrastructure repository whose history is the audit trail.
 */
package io.connectdesk.provisioning.adapter;
