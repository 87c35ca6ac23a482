package io.connectdesk.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogDataVersionRepository extends JpaRepository<CatalogDataVersion, Integer> {
}
