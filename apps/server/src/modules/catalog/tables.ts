import type { ColumnType, Generated } from 'kysely'

type Json<T> = ColumnType<T, string | undefined, string>

export type ProductStatus = 'draft' | 'active' | 'archived'

export interface CatalogTables {
  category: {
    id: string
    parent_id: string | null
    handle: string
    name: string
    description: string | null
    position: Generated<number>
    path: string
    created_at: Generated<Date>
    updated_at: Generated<Date>
  }
  collection: {
    id: string
    handle: string
    title: string
    description: string | null
    created_at: Generated<Date>
    updated_at: Generated<Date>
  }
  product: {
    id: string
    handle: string
    title: string
    description_html: Generated<string>
    status: Generated<ProductStatus>
    brand: string | null
    product_type: string | null
    tags: Generated<string[]>
    attributes: Json<Record<string, string>>
    seo_title: string | null
    seo_description: string | null
    created_at: Generated<Date>
    updated_at: Generated<Date>
  }
  product_option: {
    id: string
    product_id: string
    name: string
    position: number
    values: string[]
  }
  variant: {
    id: string
    product_id: string
    sku: string | null
    title: string
    option_values: Generated<string[]>
    weight_grams: number | null
    barcode: string | null
    position: Generated<number>
    created_at: Generated<Date>
    updated_at: Generated<Date>
  }
  variant_price: {
    variant_id: string
    currency: string
    amount: number
    compare_at_amount: number | null
  }
  product_price_range: {
    product_id: string
    currency: string
    min_amount: number
    max_amount: number
  }
  product_category: { product_id: string; category_id: string }
  product_collection: { product_id: string; collection_id: string; position: Generated<number> }
  product_image: {
    id: string
    product_id: string
    url: string
    alt: Generated<string>
    position: Generated<number>
    width: number | null
    height: number | null
  }
  import_job: {
    id: string
    status: ImportJobStatus
    file_name: string | null
    currency: string
    rows: number | null
    products: number | null
    done: Generated<number>
    created: Generated<number>
    updated: Generated<number>
    error_count: Generated<number>
    errors: Json<ImportJobError[]>
    detail: string | null
    created_by: string | null
    created_at: Generated<Date>
    updated_at: Generated<Date>
    finished_at: Date | null
  }
}

export type ImportJobStatus = 'validating' | 'importing' | 'completed' | 'failed'
export interface ImportJobError {
  line: number
  column: string
  message: string
}
