package io.connectdesk.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogComponentRepository extends JpaRepository<CatalogComponent, String> {

	List<CatalogComponent> findAllByOrderBySortOrderAsc();

}
